/** Anything read from outside (a relay's answer, stored data) is checked, never assumed. */

export type JsonObject = Record<string, unknown>

/** A plain object (not null, not an array): the only thing whose fields may be read. */
export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
