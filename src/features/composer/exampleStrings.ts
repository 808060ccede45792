import type { MessageKey, StringsPart } from '../../lib/i18n/i18n.ts'

/**
 * The example prompts (and the empty workspace's words): a chunk per language, loaded when
 * first shown — the starting points opened, or the empty workspace after the first paint.
 */
export const exampleStrings: StringsPart = {
  en: () => import('./firstStepsMessages.en.ts').then((m) => m.firstStepsEn),
  zh: () => import('./firstStepsMessages.zh.ts').then((m) => m.firstStepsZh),
}

export const EXAMPLES: MessageKey[] = [
  'examples.city',
  'examples.ocean',
  'examples.forest',
  'examples.kitchen',
]
