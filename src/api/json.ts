/** Tiny guards for reading untrusted JSON without trusting any field's type. */
import { isObject, type JsonObject } from '../lib/guards.ts'

/** A non-empty string, or a finite number written as one; anything else is absent. */
export function readString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return undefined
}

/** A finite number, or a numeric string ("750000"); anything else is absent. */
export function readNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v)
  return undefined
}

/** Follows a dotted path through objects and arrays ("data.outputs.0"). */
export function readPath(v: unknown, path: string): unknown {
  let cur: unknown = v
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) cur = cur[Number(part)]
    else if (isObject(cur)) cur = cur[part]
    else return undefined
  }
  return cur
}

/**
 * new-api wraps task and quota answers as {code, message, data}. Unwrap only when `data`
 * holds what the call expects, whatever type `code` has; otherwise the body is the answer.
 */
export function unwrap(body: unknown, expects: (v: JsonObject) => boolean): unknown {
  if (isObject(body) && !expects(body) && isObject(body.data) && expects(body.data)) {
    return body.data
  }
  return body
}
