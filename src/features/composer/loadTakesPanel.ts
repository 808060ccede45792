import { loadStringsPart, type StringsPart } from '../../lib/i18n/i18n.ts'
import { taskWindowStrings } from '../tasks/windowStrings.ts'

/** The takes panel's strings, a chunk per language. */
export const takesStrings: StringsPart = {
  en: () => import('./takesMessages.en.ts').then((m) => m.takesEn),
  zh: () => import('./takesMessages.zh.ts').then((m) => m.takesZh),
}

/**
 * The takes panel and its strings, together: most presses of Generate are one take, so the
 * first screen does not pay for the panel.
 */
export const loadTakesPanel = () =>
  Promise.all([
    import('./TakesPanel.tsx'),
    loadStringsPart(takesStrings),
    // It names each model's settings as the windows do.
    loadStringsPart(taskWindowStrings),
  ]).then(([m]) => ({
    default: m.TakesPanel,
  }))
