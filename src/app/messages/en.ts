import { apiEn } from '../../api/messages.en.ts'
import { composerEn } from '../../features/composer/messages.en.ts'
import type { galleryEn } from '../../features/gallery/messages.en.ts'
import type { libraryEn } from '../../features/library/messages.en.ts'
import type { settingsDialogEn } from '../../features/settings/dialogMessages.en.ts'
import type { taskWindowEn } from '../../features/tasks/windowMessages.en.ts'
import type { takesEn } from '../../features/composer/takesMessages.en.ts'
import type { firstStepsEn } from '../../features/composer/firstStepsMessages.en.ts'
import { settingsEn } from '../../features/settings/messages.en.ts'
import { tasksEn } from '../../features/tasks/messages.en.ts'
import type { windowsEn } from '../../features/windows/messages.en.ts'
import type { doctorEn } from '../../features/doctor/messages.en.ts'
import type { storyboardEn } from '../../features/storyboard/messages.en.ts'
import { libEn } from '../../lib/messages.en.ts'
import { profilesEn } from '../../profiles/messages.en.ts'
import { appEn } from '../messages.en.ts'

/**
 * Every English string, gathered from the message files beside the code that shows them.
 * Its keys are the app's `MessageKey`; `zh.ts` must match them.
 */
export const en = {
  ...libEn,
  ...apiEn,
  ...profilesEn,
  ...settingsEn,
  ...tasksEn,
  ...composerEn,
  ...appEn,
}

/** Every key: the first screen's (above) and the lazy parts' (`parts.ts`), loaded with them. */
type AllMessages = typeof en &
  typeof galleryEn &
  typeof libraryEn &
  typeof settingsDialogEn &
  typeof taskWindowEn &
  typeof windowsEn &
  typeof doctorEn &
  typeof storyboardEn &
  typeof takesEn &
  typeof firstStepsEn

declare module '../../lib/i18n/i18n.ts' {
  interface Register {
    messages: AllMessages
  }
}
