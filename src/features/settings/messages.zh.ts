import type { Translation } from '../../lib/i18n/i18n.ts'
import type { settingsEn } from './messages.en.ts'

export const settingsZh: Translation<typeof settingsEn> = {
  'alerts.done': '已完成：{title}',
  'alerts.failed': '失败：{title}',
  'lock.unlock': '解锁',
  'storage.damaged': '无法读取已保存的设置：数据已损坏或在应用之外被修改。',
  'storage.future': '已保存的设置来自更新版本的 Sora Studio。',
  'storage.modeChanged': '已保存的设置被替换为未用你的口令锁定的版本，因此未被打开。',
  'storage.hint': '你的任务和窗口都安全。请重新输入中转地址和密钥以继续。',
  'storage.reenter': '重新输入凭据',
  'storage.unloaded':
    '未能打开已保存的设置：应用的一部分没有下载成功。请重新加载页面，不会丢失任何内容。',
  'quota.unknown': '额度未知',
  'quota.of': '{remaining} / {total}',
  'quota.refresh': '额度：{text}。点击刷新。',
  'quota.refreshUnknown': '额度未知。点击重试。',
  'quota.label': '额度',
  'quota.unlimited': '无限额度',
  'demo.reset': '重置演示额度',
  'demo.resetDone': '演示额度已恢复。',
  'demo.resetFailed': '演示中转没有响应：请重试。',
  'quota.remaining': '剩余 {amount}',
}
