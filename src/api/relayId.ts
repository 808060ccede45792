// SHA-256 alone (crypto-js's core and one hash, about 3 KB gzip): the first screen keys its
// tasks by relay, while the vault's cipher (`lib/crypto/cryptojs.ts`) loads only when needed.
import SHA256 from 'crypto-js/sha256'

/**
 * A short, stable name for a relay: what per-relay data is keyed by, so neither the
 * base URL nor anything derived from the key ever sits in storage or a cache key in clear.
 */
export const relayId = (baseUrl: string) =>
  SHA256(`sora-studio relay|${baseUrl}`).toString().slice(0, 16)
