import CryptoJS from './cryptojs.ts'
import {
  constantTimeEqual,
  fromBase64,
  hkdf32,
  randomWords,
  toBase64,
  type WordArray,
} from './bytes.ts'

const ENVELOPE_VERSION = 1
export type Kdf = 'device' | 'pbkdf2-sha256'

/** The stored form of every sealed value; the MAC covers every other field. */
export interface Envelope {
  v: number
  kdf: Kdf
  iter: number
  salt: string
  iv: string
  ct: string
  mac: string
}

/** PBKDF2 iterations we accept: a tampered count can neither weaken the key nor hang the tab. */
const MIN_ITERATIONS = 600_000
export const MAX_ITERATIONS = 5_000_000

export type EnvelopeErrorKind = 'corrupt' | 'future' | 'mac'

export class EnvelopeError extends Error {
  constructor(readonly kind: EnvelopeErrorKind) {
    super(`sealed storage: ${kind}`)
    this.name = 'EnvelopeError'
  }
}

/** The two keys every envelope needs, split from one secret so neither reveals the other. */
export interface SealKeys {
  kdf: Kdf
  iter: number
  salt: WordArray
  enc: WordArray
  mac: WordArray
}

export function splitKeys(secret: WordArray, kdf: Kdf, iter: number, salt: WordArray): SealKeys {
  return {
    kdf,
    iter,
    salt,
    enc: hkdf32(secret, salt, 'sora-studio/v1/enc'),
    mac: hkdf32(secret, salt, 'sora-studio/v1/mac'),
  }
}

const macInput = (e: Omit<Envelope, 'mac'>) =>
  `sora-studio|${e.v}|${e.kdf}|${e.iter}|${e.salt}|${e.iv}|${e.ct}`

export function seal(plaintext: string, keys: SealKeys): Envelope {
  const iv = randomWords(16)
  const encrypted = CryptoJS.AES.encrypt(plaintext, keys.enc, {
    iv,
    mode: CryptoJS.mode.CBC,
    padding: CryptoJS.pad.Pkcs7,
  })
  const body = {
    v: ENVELOPE_VERSION,
    kdf: keys.kdf,
    iter: keys.iter,
    salt: toBase64(keys.salt),
    iv: toBase64(iv),
    ct: toBase64(encrypted.ciphertext),
  }
  return { ...body, mac: toBase64(CryptoJS.HmacSHA256(macInput(body), keys.mac)) }
}

/** Checks an envelope's shape (and bounds) before any key is derived for it. */
export function parseEnvelope(raw: string): Envelope {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    throw new EnvelopeError('corrupt')
  }
  if (typeof value !== 'object' || value === null) throw new EnvelopeError('corrupt')
  const e = value as Record<string, unknown>
  if (typeof e.v === 'number' && e.v > ENVELOPE_VERSION) throw new EnvelopeError('future')
  const fieldsOk =
    e.v === ENVELOPE_VERSION &&
    (e.kdf === 'device' || e.kdf === 'pbkdf2-sha256') &&
    typeof e.iter === 'number' &&
    Number.isInteger(e.iter) &&
    ['salt', 'iv', 'ct', 'mac'].every((k) => fromBase64(e[k]) !== null)
  if (!fieldsOk) throw new EnvelopeError('corrupt')
  const iterOk =
    e.kdf === 'device'
      ? e.iter === 0
      : (e.iter as number) >= MIN_ITERATIONS && (e.iter as number) <= MAX_ITERATIONS
  if (!iterOk) throw new EnvelopeError('corrupt')
  return e as unknown as Envelope
}

/** Verifies the MAC (in constant time) before decrypting anything. */
export function open(envelope: Envelope, keys: SealKeys): string {
  const expected = CryptoJS.HmacSHA256(macInput(envelope), keys.mac)
  const given = fromBase64(envelope.mac)
  if (!given || !constantTimeEqual(expected, given)) throw new EnvelopeError('mac')
  const ciphertext = fromBase64(envelope.ct)
  const iv = fromBase64(envelope.iv)
  if (!ciphertext || !iv || iv.sigBytes !== 16) throw new EnvelopeError('corrupt')
  try {
    const plain = CryptoJS.AES.decrypt(CryptoJS.lib.CipherParams.create({ ciphertext }), keys.enc, {
      iv,
      mode: CryptoJS.mode.CBC,
      padding: CryptoJS.pad.Pkcs7,
    })
    return CryptoJS.enc.Utf8.stringify(plain)
  } catch {
    throw new EnvelopeError('corrupt')
  }
}
