// Seeded randomness. Fault draws use their own stream so that the same seed and the same
// request sequence replay the same faults no matter how many ids were minted in between.

/** mulberry32: tiny, fast, good enough for test scheduling; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a, to fold a seed and a start time into one 32-bit seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const HEX = '0123456789abcdef'

export interface IdGen {
  /** `task_` + 32 alphanumerics (the new-api default). */
  task(): string
  /** `<family>:<unix seconds>-<10 alnum>` (`sora:…`, `veo3:…`), as some relays mint them. */
  colon(unixSeconds: number, family?: string): string
  uuid(): string
  /** new-api style request id: UTC timestamp digits + random tail. */
  requestId(nowMs: number): string
}

export function makeIdGen(rng: () => number): IdGen {
  const pick = (alphabet: string, n: number): string => {
    let s = ''
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(rng() * alphabet.length)] ?? ''
    return s
  }
  return {
    task: () => `task_${pick(ALNUM, 32)}`,
    colon: (unixSeconds, family = 'sora') => `${family}:${unixSeconds}-${pick(ALNUM, 10)}`,
    uuid: () => {
      const h = pick(HEX, 32)
      const variant = HEX[8 + Math.floor(rng() * 4)] ?? '8'
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`
    },
    requestId: (nowMs) => {
      const stamp = new Date(nowMs).toISOString().replace(/\D/g, '').slice(0, 17)
      return `${stamp}${pick(ALNUM, 8)}`
    },
  }
}
