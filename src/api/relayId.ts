import { sha256Hex } from '../lib/sha256.ts'

/**
 * A short, stable name for a relay: what per-relay data is keyed by, so neither the
 * base URL nor anything derived from the key ever sits in storage or a cache key in clear.
 */
export const relayId = (baseUrl: string) => sha256Hex(`sora-studio relay|${baseUrl}`).slice(0, 16)
