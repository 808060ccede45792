import type { Translation } from '../../lib/i18n/i18n.ts'
import type { takesEn } from './takesMessages.en.ts'

export const takesZh: Translation<typeof takesEn> = {
  'takes.title': '多个版本',
  'takes.hint':
    '一次生成多个视频：同一请求的多个版本，以及同一提示词在其他模型上的版本。它们会按中转的空位分批发送。',
  'takes.variations': '每个模型的版本数',
  'takes.alsoOn': '也在以下模型上生成',
  'takes.plan': '将要发送的内容',
  'takes.defaults': '默认设置',
  'takes.line': '{model} × {n}',
  'takes.total': '合计：{n} 个视频 {cost}',
  'takes.unpriced': '其中 {n} 个没有公布价格',
  'takes.overBalance': '这些任务共需 {cost}，超过当前余额 {left}。再按一次“生成”仍会发送。',
  'takes.close': '只要一个版本',
  'takes.extraInvalid': '它的附加字段不是有效的 JSON',
  'takes.promptTooLong': '提示词对它来说太长',
  'takes.imagesNotForModel': '它不能使用这些图片',
  'takes.otherShape': '它生成的视频画幅与图片适配的画幅不同',
}
