import { hkdfSync, pbkdf2Sync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  fromBase64,
  fromBytes,
  hkdf32,
  randomWords,
  toBase64,
  toBytes,
} from '../../../src/lib/crypto/bytes.ts'
import {
  EnvelopeError,
  MAX_ITERATIONS,
  open,
  parseEnvelope,
  seal,
  splitKeys,
  type Envelope,
} from '../../../src/lib/crypto/envelope.ts'
import { derivePassphraseSecret } from '../../../src/lib/crypto/passphrase.ts'

const deviceKeys = () => splitKeys(randomWords(32), 'device', 0, randomWords(16))
const SECRET = 'sk-live-0123456789abcdef'

function kindOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    if (e instanceof EnvelopeError) return e.kind
    throw e
  }
  return 'opened'
}

describe('the sealed envelope', () => {
  it('round-trips any text, unicode included, with a fresh IV each time', () => {
    const keys = deviceKeys()
    const text = JSON.stringify({ apiKey: SECRET, note: '中转 ✓' })
    const a = seal(text, keys)
    const b = seal(text, keys)
    expect(a.iv).not.toBe(b.iv)
    expect(a.ct).not.toBe(b.ct)
    expect(open(parseEnvelope(JSON.stringify(a)), keys)).toBe(text)
    expect(JSON.stringify(a)).not.toContain(SECRET)
  })

  it('is versioned and names its kdf, iterations, salt, iv, ciphertext and mac', () => {
    const env = seal('x', deviceKeys())
    expect(Object.keys(env).sort()).toEqual(['ct', 'iter', 'iv', 'kdf', 'mac', 'salt', 'v'])
    expect(env).toMatchObject({ v: 1, kdf: 'device', iter: 0 })
    expect(fromBase64(env.iv)?.sigBytes).toBe(16)
    expect(fromBase64(env.mac)?.sigBytes).toBe(32)
  })

  it('refuses one flipped bit in any field', () => {
    const keys = deviceKeys()
    const env = seal(JSON.stringify({ apiKey: SECRET }), keys)
    for (const field of ['salt', 'iv', 'ct', 'mac'] as const) {
      const bytes = toBytes(fromBase64(env[field])!)
      for (const index of [0, Math.floor(bytes.length / 2), bytes.length - 1]) {
        const flipped = bytes.slice()
        flipped[index]! ^= 0x01
        const tampered = { ...env, [field]: toBase64(fromBytes(flipped)) }
        // a changed salt is caught by the MAC too: the MAC covers every field
        expect(
          kindOf(() => open(parseEnvelope(JSON.stringify(tampered)), keys)),
          `${field}[${index}]`,
        ).toBe('mac')
      }
    }
    expect(
      kindOf(() =>
        open(parseEnvelope(JSON.stringify({ ...env, kdf: 'pbkdf2-sha256', iter: 600_000 })), keys),
      ),
    ).toBe('mac')
  })

  it('refuses a truncated or mangled envelope as corrupt, never crashing', () => {
    const keys = deviceKeys()
    const raw = JSON.stringify(seal('hello', keys))
    for (const cut of [0, 1, 10, Math.floor(raw.length / 2), raw.length - 1]) {
      expect(kindOf(() => open(parseEnvelope(raw.slice(0, cut)), keys))).toBe('corrupt')
    }
    const env = JSON.parse(raw) as Envelope
    expect(
      kindOf(() => parseEnvelope(JSON.stringify({ ...env, ct: env.ct.slice(0, -4) + '!!!!' }))),
    ).toBe('corrupt')
    expect(kindOf(() => parseEnvelope(JSON.stringify({ ...env, iv: undefined })))).toBe('corrupt')
    expect(kindOf(() => parseEnvelope('null'))).toBe('corrupt')
    expect(kindOf(() => parseEnvelope('"a string"'))).toBe('corrupt')
    expect(kindOf(() => parseEnvelope(JSON.stringify({ ...env, kdf: 'md5' })))).toBe('corrupt')
  })

  it('refuses iteration counts that would weaken the key or hang the tab, before deriving anything', () => {
    const env = { ...seal('x', deviceKeys()), kdf: 'pbkdf2-sha256' as const }
    for (const iter of [1, 599_999, MAX_ITERATIONS + 1, 1e12, 1.5, -600_000]) {
      expect(
        kindOf(() => parseEnvelope(JSON.stringify({ ...env, iter }))),
        String(iter),
      ).toBe('corrupt')
    }
    expect(kindOf(() => parseEnvelope(JSON.stringify({ ...env, iter: 600_000 })))).toBe('opened')
  })

  it('says an envelope from a future version is from a newer version', () => {
    const env = seal('x', deviceKeys())
    expect(kindOf(() => parseEnvelope(JSON.stringify({ ...env, v: 2 })))).toBe('future')
    expect(kindOf(() => parseEnvelope(JSON.stringify({ v: 7, whatever: true })))).toBe('future')
  })
})

describe('keys', () => {
  it('HKDF matches RFC 5869 as Node computes it', () => {
    const ikm = randomWords(32)
    const salt = randomWords(16)
    const ours = toBytes(hkdf32(ikm, salt, 'sora-studio/v1/enc'))
    const node = new Uint8Array(
      hkdfSync('sha256', toBytes(ikm), toBytes(salt), 'sora-studio/v1/enc', 32),
    )
    expect(ours).toEqual(node)
  })

  it('splits one secret into different encryption and MAC keys', () => {
    const keys = deviceKeys()
    expect(toBase64(keys.enc)).not.toBe(toBase64(keys.mac))
    expect(keys.enc.sigBytes).toBe(32)
  })

  it('derives the passphrase secret with PBKDF2-SHA256, as Node computes it', async () => {
    const salt = randomWords(16)
    const ours = toBytes(await derivePassphraseSecret('correct horse', salt, 600_000))
    expect(ours).toEqual(
      new Uint8Array(pbkdf2Sync('correct horse', toBytes(salt), 600_000, 32, 'sha256')),
    )
  })

  it('a wrong passphrase cannot open what the right one sealed', async () => {
    const salt = randomWords(16)
    const right = splitKeys(
      await derivePassphraseSecret('right one', salt, 600_000),
      'pbkdf2-sha256',
      600_000,
      salt,
    )
    const wrong = splitKeys(
      await derivePassphraseSecret('wrong one', salt, 600_000),
      'pbkdf2-sha256',
      600_000,
      salt,
    )
    const env = parseEnvelope(JSON.stringify(seal('secret', right)))
    expect(kindOf(() => open(env, wrong))).toBe('mac')
    expect(open(env, right)).toBe('secret')
  })
})
