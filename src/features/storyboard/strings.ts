import type { StringsPart } from '../../lib/i18n/i18n.ts'

/** The storyboard's strings: loaded with its view. */
export const storyboardStrings: StringsPart = {
  en: () => import('./messages.en.ts').then((m) => m.storyboardEn),
  zh: () => import('./messages.zh.ts').then((m) => m.storyboardZh),
}
