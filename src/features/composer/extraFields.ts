import type { MessageKey } from '../../lib/i18n/i18n.ts'

export type ExtraFields =
  | { ok: true; fields: Record<string, unknown> }
  | { ok: false; problem: MessageKey; params?: Record<string, string> }

/** Fields the composer owns: the box may add to a request, never redirect it. */
const RESERVED = ['model', 'prompt']

/** The "extra fields" box: empty, or a JSON object that leaves model and prompt alone. */
export function parseExtraFields(text: string): ExtraFields {
  if (!text.trim()) return { ok: true, fields: {} }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e)
    return { ok: false, problem: 'composer.extraInvalid', params: { error } }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: 'composer.extraNotObject' }
  const reserved = RESERVED.find((k) => Object.hasOwn(value, k))
  if (reserved) return { ok: false, problem: 'composer.extraReserved', params: { field: reserved } }
  return { ok: true, fields: value as Record<string, unknown> }
}
