import { fromBase64, randomWords, toBase64 } from '../crypto/bytes.ts'
import { parseEnvelope, splitKeys, type Envelope, type SealKeys } from '../crypto/envelope.ts'
import { guardedWrite } from '../storageHealth.ts'
import { DEVICE_KEY, SETTINGS_KEY } from './keyring.ts'

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
