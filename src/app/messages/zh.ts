import { apiZh } from '../../api/messages.zh.ts'
import { composerZh } from '../../features/composer/messages.zh.ts'
import { settingsZh } from '../../features/settings/messages.zh.ts'
import { tasksZh } from '../../features/tasks/messages.zh.ts'
import type { Translation } from '../../lib/i18n/i18n.ts'
import { libZh } from '../../lib/messages.zh.ts'
import { profilesZh } from '../../profiles/messages.zh.ts'
import { appZh } from '../messages.zh.ts'
import type { en } from './en.ts'

/** Every Chinese string: the type checker holds it to exactly the English keys. */
export const zh: Translation<typeof en> = {
  ...libZh,
  ...apiZh,
  ...profilesZh,
  ...settingsZh,
  ...tasksZh,
  ...composerZh,
  ...appZh,
}
