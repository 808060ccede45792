import CryptoJS from '../lib/crypto/cryptojs.ts'

/**
 * A short, stable name for a relay: what per-relay data is keyed by, so neither the
 * base URL nor anything derived from the key ever sits in storage or a cache key in clear.
 */
export const relayId = (baseUrl: string) =>
  CryptoJS.SHA256(`sora-studio relay|${baseUrl}`).toString().slice(0, 16)
