import { readNumber, readString } from './json.ts'
import { isObject, type JsonObject } from '../lib/guards.ts'

/** What new-api's `supported_endpoint_types` say of one model (in `/api/pricing` and `/v1/models`). */
export interface EndpointHint {
  /** true when its endpoint types name video; null when the entry does not say. */
  video: boolean | null
  /** Listed with new-api's `openai-video` endpoint type: served on OpenAI's `/v1/videos`. */
  openaiVideo?: true
}

/** What a relay's `/api/pricing` says of one model: a hint, never a parameter schema. */
export interface ModelPrice extends EndpointHint {
  id: string
  /** Display units per request (new-api's per-request price × the group ratio), if fixed. */
  perRequest: number | null
}

/** An entry's endpoint types, read as a hint; strings only (the docs' numbers mean nothing). */
export function endpointHint(entry: JsonObject): EndpointHint {
  const types = Array.isArray(entry.supported_endpoint_types)
    ? entry.supported_endpoint_types.filter((t): t is string => typeof t === 'string')
    : null
  return {
    video: types === null || types.length === 0 ? null : types.some((t) => /video/i.test(t)),
    ...(types?.includes('openai-video') && { openaiVideo: true as const }),
  }
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
    const price = readNumber(entry.model_price)
    const perRequest =
      readNumber(entry.quota_type) === 1 && price !== undefined && price >= 0
        ? price * groupRatio
        : null
    const { video, ...more } = endpointHint(entry)
    prices.push({ id, video, perRequest, ...more })
  }
  return prices
}
