import type { Translation } from '../../lib/i18n/i18n.ts'
import type { libraryEn } from './messages.en.ts'

export const libraryZh: Translation<typeof libraryEn> = {
  'library.kept': '已保存在此浏览器中（{size}）：中转链接过期后仍可播放。',
  'library.link.until': '中转链接有效期至 {time}：如需留存，请在此之前下载视频。',
  'library.link.expiredHeld': '中转链接已于 {time} 过期，但此窗口仍保留着视频：请立即下载以留存。',
  'library.link.expired': '中转链接已于 {time} 过期。',
  'library.saving': '正在浏览器中保存副本……',
  'library.notKept': '未保存在浏览器中：请在链接有效期内下载。',
  'library.notKept.full': '未保存：浏览器存储空间已满。请从此浏览器中移除已另存的视频，然后重试。',
  'library.notKept.otherRelay':
    '尚未保存：当前设置的中转不是此视频所属的中转。重新设置其中转即可保存；在此之前请在链接有效期内下载。',
  'library.remove': '从此浏览器中移除',
  'library.tryAgain': '重新尝试保存',
  'library.refused': '浏览器存储刚刚拒绝了此操作：请稍后再试。',
  'library.notKept.tooLarge': '未保存：超过你设定的保存大小上限。',
  'library.notKept.unsupported': '此浏览器无法保存视频：请在链接有效期内下载。',
  'library.local.details': '导入自 {name} · {duration} · {size}',
  'library.film.details': '分镜“{name}”的影片 · {duration} · {size}',
  'library.local.gone':
    '此视频的文件已不在此浏览器中（站点数据已被清除），且它没有可重新获取的中转链接。',
  'library.settings': '保存在此浏览器中的视频',
  'library.keep': '在此浏览器中保存每个完成的视频',
  'library.cap': '保存的单个视频大小上限',
  'library.capNone': '不限',
  'library.space': '已用约 {used}，剩余约 {free}（浏览器的估计）。',
  'library.persist': '请求浏览器不要清除它们',
  'library.persisted': '除非你清除本站数据，浏览器不会清除它们。',
  'library.notPersisted': '磁盘空间不足时，浏览器可能会清除保存的视频：请下载你需要的视频。',
}
