import type { Translation } from '../../lib/i18n/i18n.ts'
import type { tasksEn } from './messages.en.ts'

export const tasksZh: Translation<typeof tasksEn> = {
  'status.waiting': '等待中',
  'status.submitting': '提交中',
  'status.queued': '排队中',
  'status.running': '生成中',
  'status.succeeded': '已完成',
  'status.failed': '失败',
  'task.done': '已完成',
  'task.failed': '失败',
}
