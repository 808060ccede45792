import type { Translation } from './i18n/i18n.ts'
import type { libEn } from './messages.en.ts'

export const libZh: Translation<typeof libEn> = {
  'history.ageSeconds': '{n} 秒前',
  'history.ageMinutes': '{n} 分钟前',
  'history.ageHours': '{n} 小时前',
  'history.ageDays': '{n} 天前',
}
