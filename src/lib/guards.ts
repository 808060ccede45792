/** Anything read from outside (a relay's answer, stored data) is checked, never assumed. */

export type JsonObject = Record<string, unknown>

/** A plain object (not null, not an array): the only thing whose fields may be read. */
export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A string, or nothing. */
export const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/** A finite number, or nothing. */
export const asNumber = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined

/** The strings of an array (anything else dropped); an empty list for anything not an array. */
export const asStrings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
