import CryptoJS from './cryptojs.ts'

export type WordArray = CryptoJS.lib.WordArray

/** Random bytes from the platform CSPRNG (available even outside secure contexts). */
export function randomWords(byteLength: number): WordArray {
  const bytes = new Uint8Array(byteLength)
  crypto.getRandomValues(bytes)
  return fromBytes(bytes)
}

export function fromBytes(bytes: Uint8Array): WordArray {
  const words: number[] = []
  for (let i = 0; i < bytes.length; i++) words[i >>> 2]! |= bytes[i]! << (24 - (i % 4) * 8)
  return CryptoJS.lib.WordArray.create(words, bytes.length)
}

export function toBytes(words: WordArray): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(words.sigBytes))
  for (let i = 0; i < words.sigBytes; i++)
    out[i] = (words.words[i >>> 2]! >>> (24 - (i % 4) * 8)) & 0xff
  return out
}

export const toBase64 = (w: WordArray) => CryptoJS.enc.Base64.stringify(w)

/** Strict: crypto-js would quietly decode garbage, so check the alphabet and padding first. */
export function fromBase64(text: unknown): WordArray | null {
  if (typeof text !== 'string' || text.length === 0 || text.length % 4 !== 0) return null
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null
  return CryptoJS.enc.Base64.parse(text)
}

/** Compares every byte whatever the first difference, so timing says nothing about the MAC. */
export function constantTimeEqual(a: WordArray, b: WordArray): boolean {
  if (a.sigBytes !== b.sigBytes) return false
  let diff = 0
  const n = Math.ceil(a.sigBytes / 4)
  for (let i = 0; i < n; i++) diff |= (a.words[i] ?? 0) ^ (b.words[i] ?? 0)
  return diff === 0
}

/** HKDF-SHA256 (RFC 5869) for one 32-byte output: splits one secret into independent keys. */
export function hkdf32(ikm: WordArray, salt: WordArray, info: string): WordArray {
  const prk = CryptoJS.HmacSHA256(ikm, salt)
  const t1 = CryptoJS.HmacSHA256(
    CryptoJS.enc.Utf8.parse(info).concat(fromBytes(new Uint8Array([1]))),
    prk,
  )
  return t1
}
