import type { StringsPart } from '../../lib/i18n/i18n.ts'

/**
 * What only a task's window says (and the takes panel, which names parameters the same way):
 * loaded with the windows' chunk.
 */
export const taskWindowStrings: StringsPart = {
  en: () => import('./windowMessages.en.ts').then((m) => m.taskWindowEn),
  zh: () => import('./windowMessages.zh.ts').then((m) => m.taskWindowZh),
}
