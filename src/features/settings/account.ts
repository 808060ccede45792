import type { Credentials } from '../../api/types.ts'

/**
 * Prices, model lists and balances belong to a relay and a key. Each set of credentials saved
 * gets a number of its own, which goes in those queries' keys (nothing derived from the key
 * itself sits in a cache key): after switching relay or key, what the old one said is never
 * shown, not even for the moment the new answer takes to arrive.
 */
const accounts = new WeakMap<Credentials, number>()
let nextAccount = 0

export function accountOf(credentials: Credentials | null): number {
  if (!credentials) return 0
  let n = accounts.get(credentials)
  if (n === undefined) accounts.set(credentials, (n = ++nextAccount))
  return n
}

/** The same relay and key, whichever object holds them. */
export const sameCredentials = (a: Credentials | null, b: Credentials | null) =>
  a !== null && b !== null && a.baseUrl === b.baseUrl && a.apiKey === b.apiKey
