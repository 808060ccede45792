import { createHash } from 'node:crypto'
import SHA256 from 'crypto-js/sha256'
import { describe, expect, it } from 'vitest'
import { relayId } from '../../../src/api/relayId.ts'
import { sha256Hex } from '../../../src/lib/sha256.ts'

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('sha256Hex', () => {
  it('gives the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
  })

  it('agrees with Node and crypto-js on every length around the block edges, and on any text', () => {
    const samples = [
      ...Array.from({ length: 140 }, (_, n) => 'x'.repeat(n)),
      'https://relay.example.com',
      'http://127.0.0.1:5173/sim',
      '中转服务 https://例子.中国/v2 🎬',
      '\u0000\uffff\ud83d\ude00',
      'a'.repeat(100_000),
    ]
    for (const text of samples) {
      expect(sha256Hex(text), JSON.stringify(text.slice(0, 20))).toBe(node(text))
      expect(sha256Hex(text)).toBe(SHA256(text).toString())
    }
  })

  it('keeps every relay id stored before it (those were crypto-js SHA-256)', () => {
    for (const url of ['https://api.example.com', 'http://localhost:5173/sim', 'https://中转.cn'])
      expect(relayId(url)).toBe(SHA256(`sora-studio relay|${url}`).toString().slice(0, 16))
  })
})
