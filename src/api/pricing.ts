import { readNumber, readString } from './json.ts'
import { isObject } from '../lib/guards.ts'

/** What a relay's `/api/pricing` says of one model: a hint, never a parameter schema. */
export interface ModelPrice {
  id: string
  /** true when its endpoint types name video; null when the entry does not say. */
  video: boolean | null
  /** Display units per request (new-api's per-request price × the group ratio), if fixed. */
  perRequest: number | null
  /** Listed with new-api's `openai-video` endpoint type: served on OpenAI's `/v1/videos`. */
  openaiVideo?: true
}

/**
 * new-api's `{success, data:[{model_name, quota_type, model_price, supported_endpoint_types}],
 * group_ratio}`; also a bare array, or `data` wrapped once more. Anything unreadable is
 * skipped: pricing only adds hints and costs.
 */
export function normalizePricing(body: unknown): ModelPrice[] {
  const outer = isObject(body) ? body : {}
  const inner = isObject(outer.data) ? outer.data : outer
  const list = Array.isArray(body) ? body : inner.data
  if (!Array.isArray(list)) return []
  const ratios = isObject(outer.group_ratio) ? outer.group_ratio : {}
  const groupRatio = readNumber(ratios.default) ?? 1
  const seen = new Set<string>()
  const prices: ModelPrice[] = []
  for (const entry of list) {
    if (!isObject(entry)) continue
    const id = readString(entry.model_name) ?? readString(entry.model) ?? readString(entry.id)
    if (!id || seen.has(id)) continue
    seen.add(id)
    const types = Array.isArray(entry.supported_endpoint_types)
      ? entry.supported_endpoint_types.filter((t): t is string => typeof t === 'string')
      : null
    const price = readNumber(entry.model_price)
    const perRequest =
      readNumber(entry.quota_type) === 1 && price !== undefined && price >= 0
        ? price * groupRatio
        : null
    prices.push({
      id,
      video: types === null || types.length === 0 ? null : types.some((t) => /video/i.test(t)),
      perRequest,
      ...(types?.includes('openai-video') && { openaiVideo: true as const }),
    })
  }
  return prices
}
