import { fromBase64, randomWords, toBase64 } from '../crypto/bytes.ts'
import { guardedWrite } from '../storageHealth.ts'
import { parseEnvelope, splitKeys, type Envelope, type SealKeys } from '../crypto/envelope.ts'

export const SETTINGS_KEY = 'sora-studio.settings'
/** The device key is kept apart from the envelope it opens. */
export const DEVICE_KEY = 'sora-studio.device-key'
/**
 * How the user chose to keep the settings, kept apart from the envelope: an envelope sealed
 * another way than this says must not be opened silently (a passphrase vault swapped for a
 * device-sealed one, with its device key, would otherwise open unasked).
 */
const MODE_KEY = 'sora-studio.vault-mode'

export const rememberedMode = (): 'device' | 'passphrase' | null => {
  const mode = localStorage.getItem(MODE_KEY)
  return mode === 'device' || mode === 'passphrase' ? mode : null
}
export const rememberMode = (mode: 'device' | 'passphrase') =>
  guardedWrite(() => localStorage.setItem(MODE_KEY, mode))
export const forgetMode = () => localStorage.removeItem(MODE_KEY)

/** The keys in use: memory only. null while locked. */
let current: SealKeys | null = null

/** While set, sealed stores change in memory only (dropping secrets must not write anything). */
let writesPaused = false
export const writesAllowed = () => !writesPaused
export function withoutWrites(fn: () => void) {
  writesPaused = true
  try {
    fn()
  } finally {
    writesPaused = false
  }
}

export const currentKeys = () => current
export const setKeys = (keys: SealKeys | null) => {
  current = keys
}

export function readEnvelope(): Envelope | null {
  const raw = localStorage.getItem(SETTINGS_KEY)
  return raw === null ? null : parseEnvelope(raw)
}

/** Keys for "remember on this device"; creates the device key on first use. */
export function deviceKeys(salt = randomWords(16)): SealKeys | null {
  let secret = fromBase64(localStorage.getItem(DEVICE_KEY))
  if (!secret || secret.sigBytes !== 32) {
    if (readEnvelope()?.kdf === 'device') return null // the key that sealed it is gone
    const fresh = randomWords(32)
    // An envelope is never written under a key that could not be kept: it would not open.
    if (!guardedWrite(() => localStorage.setItem(DEVICE_KEY, toBase64(fresh)))) return null
    secret = fresh
  }
  return splitKeys(secret, 'device', 0, salt)
}

export function deviceKeysFor(envelope: Envelope): SealKeys | null {
  const salt = fromBase64(envelope.salt)
  return salt ? deviceKeys(salt) : null
}
