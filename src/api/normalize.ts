import { readNumber, readString } from './json.ts'
import type { JsonObject } from '../lib/guards.ts'
import { isObject } from '../lib/guards.ts'
import { endpointHint, type EndpointHint } from './pricing.ts'
import type { Quota } from './types.ts'

/** Does this object look like a task (so a wrapper's `data` can be told apart)? */
export const looksLikeTask = (v: JsonObject) =>
  'task_id' in v || 'status' in v || ('id' in v && 'object' in v)

/** Longer than this is no id a relay mints: it would only bloat every status URL. */
const TASK_ID_MAX = 256

/**
 * The task's id, if it is one we can put in a path: an id of dots (`..`) would climb out of
 * the task route, so it counts as no id (a malformed answer).
 */
export function readTaskId(v: JsonObject): string | undefined {
  const id = readString(v.task_id) ?? readString(v.id)
  return id && id.length <= TASK_ID_MAX && !/^\.+$/.test(id.trim()) ? id : undefined
}

const QUOTA_FIELDS = ['quota', 'used_quota', 'unlimited_quota', 'total_quota', 'remaining_quota']
export const looksLikeQuota = (v: JsonObject) => QUOTA_FIELDS.some((f) => f in v)

/**
 * Real relays: `quota` is what remains, total = quota + used_quota.
 * The guide: {total_quota, used_quota, remaining_quota}. Accept both.
 */
export function normalizeQuota(q: JsonObject): Quota {
  const unlimited = q.unlimited_quota === true || q.unlimited_quota === 'true'
  const used = readNumber(q.used_quota) ?? null
  let remaining = readNumber(q.remaining_quota) ?? readNumber(q.quota) ?? null
  let total = readNumber(q.total_quota) ?? null
  if (total === null && remaining !== null && used !== null) total = remaining + used
  if (remaining === null && total !== null && used !== null) remaining = total - used
  return { unlimited, remaining, used, total }
}

/** What `/v1/models` lists: the ids this key may use, and new-api's endpoint types where given. */
export interface ModelList {
  ids: string[]
  /** By id; only entries that carry `supported_endpoint_types` (new-api adds them, with CORS). */
  hints: Record<string, EndpointHint>
}

/** OpenAI's {data:[{id}]}, or a bare array of ids or objects. */
export function normalizeModels(body: unknown): ModelList {
  const list = isObject(body) ? body.data : body
  const ids = new Set<string>()
  const hints: Record<string, EndpointHint> = {}
  for (const m of Array.isArray(list) ? list : []) {
    const id = isObject(m) ? readString(m.id) : readString(m)
    if (id === undefined || ids.has(id)) continue
    ids.add(id)
    if (isObject(m) && 'supported_endpoint_types' in m) hints[id] = endpointHint(m)
  }
  return { ids: [...ids], hints }
}
