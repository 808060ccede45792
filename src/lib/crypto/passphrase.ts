import { fromBytes, toBytes, type WordArray } from './bytes.ts'

export const PBKDF2_ITERATIONS = 600_000

/** Web Crypto exists only in secure contexts (https, localhost). */
export const passphraseSupported = () =>
  typeof crypto !== 'undefined' && typeof crypto.subtle?.deriveBits === 'function'

/**
 * PBKDF2-SHA256 in Web Crypto: about 0.2 s for 600,000 iterations where crypto-js takes
 * about 8 s, and it runs off the main thread, so the page never freezes while unlocking.
 */
export async function derivePassphraseSecret(
  passphrase: string,
  salt: WordArray,
  iterations: number,
): Promise<WordArray> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  )
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: toBytes(salt), iterations },
    material,
    256,
  )
  return fromBytes(new Uint8Array(bits))
}
