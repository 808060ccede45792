import type { Translation } from '../lib/i18n/i18n.ts'
import type { apiEn } from './messages.en.ts'

export const apiZh: Translation<typeof apiEn> = {
  'error.config': '尚未配置中转服务。',
  'error.auth': '中转拒绝了此 API 密钥。',
  'error.quota': '账户额度不足以完成这个请求。',
  'error.bad_request': '中转拒绝了这个请求。',
  'error.not_found': '中转找不到这个任务。',
  'error.unsupported': '此中转不提供该功能。',
  'error.payload_too_large': '请求体积超出中转的限制。',
  'error.answer_too_large': '中转返回的内容过大。',
  'error.rate_limited': '中转繁忙（请求受限）。',
  'error.server': '中转服务器出错。',
  'error.network': '无法连接到中转。',
  'error.cors': '浏览器拦截了对中转的请求（CORS）。',
  'error.review': '内容未通过中转的审核。',
  'error.not_relay': '这个地址不是中转 API。',
  'error.malformed': '中转返回了无法解析的内容。',
  'error.timeout': '中转响应超时。',
}
