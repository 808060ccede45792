import type { StringsPart } from '../../lib/i18n/i18n.ts'

/** The window shell's strings (title bar, dock): loaded with the windows' chunk, never before. */
export const windowShellStrings: StringsPart = {
  en: () => import('./messages.en.ts').then((m) => m.windowsEn),
  zh: () => import('./messages.zh.ts').then((m) => m.windowsZh),
}
