import type { Translation } from '../lib/i18n/i18n.ts'
import type { appEn } from './messages.en.ts'

export const appZh: Translation<typeof appEn> = {
  'app.title': 'Sora Studio',
  'app.demoBadge': '演示中转 — 使用演示额度，不产生真实费用',
  'app.crashed': '应用的这一部分出错了。',
  'app.reload': '重新加载',
  'app.pollingFailed':
    '任务状态更新未能加载，任务暂未被跟踪。重新加载页面即可恢复，不会丢失任何内容。',
  'app.windowsFailed': '任务窗口未能加载。任务仍在继续运行：重新加载页面即可查看。',
  'lang.label': '语言',
  'settings.open': '设置',
  'lock.locked': '已锁定',
  'storage.full': '浏览器存储空间已满：新任务和更改在重新加载后不会保留。',
  'storage.fullHint':
    '本页面中的一切仍可正常使用，已保存的内容不会丢失。中转已接受的任务仍在运行：请保持本页面打开直到任务完成，释放空间（例如在浏览器设置中清除其他网站的数据）后再尝试保存。',
  'storage.saveAgain': '重新尝试保存',
  'view.label': '视图',
  'view.workspace': '工作区',
  'view.library': '作品库',
  'view.storyboard': '分镜',
  'app.libraryFailed': '作品库加载失败。',
}
