import type { StringsPart } from '../../lib/i18n/i18n.ts'

/** The library view's strings: a chunk per language, loaded with the view. */
export const galleryStrings: StringsPart = {
  en: () => import('../../features/gallery/messages.en.ts').then((m) => m.galleryEn),
  zh: () => import('../../features/gallery/messages.zh.ts').then((m) => m.galleryZh),
}

/** The settings and unlock dialogs' strings, loaded with the dialogs (never on the first screen). */
export const settingsDialogStrings: StringsPart = {
  en: () => import('../../features/settings/dialogMessages.en.ts').then((m) => m.settingsDialogEn),
  zh: () => import('../../features/settings/dialogMessages.zh.ts').then((m) => m.settingsDialogZh),
}

/**
 * What the app says of videos kept in the browser: shown in task windows and in the settings
 * dialog, so loaded with either.
 */
export const libraryStrings: StringsPart = {
  en: () => import('../../features/library/messages.en.ts').then((m) => m.libraryEn),
  zh: () => import('../../features/library/messages.zh.ts').then((m) => m.libraryZh),
}
