import type { Translation } from '../../lib/i18n/i18n.ts'
import type { windowsEn } from './messages.en.ts'

export const windowsZh: Translation<typeof windowsEn> = {
  'window.minimize': '最小化',
  'window.move': '移动窗口',
  'window.moveHint': '方向键移动窗口；Shift + 方向键调整大小；Esc 收进底部栏。',
  'window.maximize': '最大化',
  'window.restore': '还原大小',
  'window.show': '显示 {title}',
  'dock.label': '窗口',
  'dock.tile': '平铺全部',
  'dock.closeFinished': '关闭已完成',
  'window.close': '关闭窗口',
}
