import { describe, expect, it, vi } from 'vitest'
import { RelayError } from '../../../src/api/errors.ts'
import { createRelayClient, type RelayClient } from '../../../src/api/relayClient.ts'
import { isSafeMediaUrl } from '../../../src/api/safeUrl.ts'
import type { TaskSnapshot } from '../../../src/api/types.ts'
import { mulberry32 } from '../../../simulator/src/prng.ts'

// Random and hostile answers (a fixed seed, so a failure replays): every call either returns
// a value of the right shape or throws a RelayError. Nothing else may escape the client.

const BASE = 'https://relay.example.com'
const KEY = 'sk-fuzz-SECRET9876'
const KEYS = [
  'task_id',
  'id',
  'object',
  'status',
  'progress',
  'data',
  'code',
  'message',
  'msg',
  'detail',
  'error',
  'fail_reason',
  'video_url',
  'url',
  'result_url',
  'output',
  'outputs',
  'metadata',
  'quota',
  'used_quota',
  'unlimited_quota',
  'total_quota',
  'remaining_quota',
  'model_name',
  'supported_endpoint_types',
  'model_price',
  'quota_type',
  'group_ratio',
  'default',
  'success',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
]
const WORDS = [
  'SUCCESS',
  'success',
  'FAILURE',
  'IN_PROGRESS',
  'queued',
  'NOT_START',
  'cancelled',
  'unknown',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  '45%',
  '100',
  '-3',
  '1e400',
  'NaN',
  '',
  ' ',
  '..',
  '.',
  '../..',
  'video_1',
  'image_review_failed',
  'content_policy_violation',
  'https://cdn.example/v.mp4',
  'http://127.0.0.1:9/v.mp4',
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
  '/v1/videos/x/content',
  '//evil.example/x',
  'sk-fuzz-SECRET9876',
  '\\u0073k-fuzz-SECRET9876',
  '<html><title>502</title></html>',
  '审核未通过',
  'task_not_exist',
]

function fuzzer(seed: number) {
  const rng = mulberry32(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!
  function value(depth: number): unknown {
    const r = rng()
    if (depth > 4 || r < 0.3) {
      return pick<unknown>([
        null,
        true,
        false,
        0,
        1,
        45,
        100,
        150,
        -1,
        0.5,
        1e308,
        Number.MAX_SAFE_INTEGER,
        pick(WORDS),
        pick(WORDS),
        'x'.repeat(Math.floor(rng() * 5000)),
        [],
        {},
      ])
    }
    if (r < 0.45) return Array.from({ length: Math.floor(rng() * 4) }, () => value(depth + 1))
    const o: Record<string, unknown> = {}
    for (let i = Math.floor(rng() * 6); i > 0; i--) o[pick(KEYS)] = value(depth + 1)
    return o
  }
  function bodyText(): string {
    const r = rng()
    if (r < 0.04) return '{"status":'.repeat(3000) + '1' + '}'.repeat(3000)
    if (r < 0.08) return '['.repeat(3000) + ']'.repeat(3000)
    if (r < 0.12) return pick(['', 'not json', '<!doctype html><p>Bad gateway', '{"a":', 'null'])
    if (r < 0.16) return `{"message":"${'long '.repeat(100_000)}","code":"x"}`
    const v = value(0)
    // JSON.stringify drops a "__proto__" own key made by assignment: write it as a relay would.
    return JSON.stringify(v).replace(/"toString":/, rng() < 0.5 ? '"__proto__":' : '"toString":')
  }
  const reply = () =>
    new Response(bodyText(), {
      status: pick([200, 200, 200, 200, 201, 400, 401, 403, 404, 413, 429, 500, 502]),
      headers: {
        'Content-Type': pick(['application/json', 'text/plain', 'text/html', '']),
        ...(rng() < 0.2 ? { 'Retry-After': pick(['3', 'soon', '-1', '1e9', '']) } : {}),
      },
    })
  return { rng, pick, reply }
}

const STATUSES = new Set(['queued', 'running', 'succeeded', 'failed'])

function checkSnapshot(s: TaskSnapshot) {
  expect(STATUSES.has(s.status)).toBe(true)
  expect(typeof s.id).toBe('string')
  expect(s.id.length).toBeGreaterThan(0)
  expect(s.id).not.toMatch(/^\.+$/)
  if (s.progress !== null) {
    expect(Number.isFinite(s.progress)).toBe(true)
    expect(s.progress).toBeGreaterThanOrEqual(0)
    expect(s.progress).toBeLessThanOrEqual(100)
  }
  if (s.videoUrl !== null) expect(isSafeMediaUrl(s.videoUrl)).toBe(true)
  if (s.status === 'succeeded') expect(s.videoUrl).not.toBeNull()
  if (s.failure) {
    expect(typeof s.failure.kind).toBe('string')
    expect(typeof s.failure.reason).toBe('string')
    expect(s.failure.reason.length).toBeLessThanOrEqual(2100)
    expect(s.failure.reason).not.toContain(KEY)
  }
}

const CALLS: [string, (c: RelayClient) => Promise<unknown>, (v: unknown) => void][] = [
  ['getTask', (c) => c.getTask('video_1'), (v) => checkSnapshot(v as TaskSnapshot)],
  [
    'createTask',
    (c) => c.createTask({ model: 'sora-2', prompt: 'a' }),
    (v) => expect(typeof (v as { id: unknown }).id).toBe('string'),
  ],
  [
    'remixTask',
    (c) => c.remixTask('video_1', 'b'),
    (v) => expect(typeof (v as { id: unknown }).id).toBe('string'),
  ],
  [
    'getQuota',
    (c) => c.getQuota(),
    (v) => expect(typeof (v as { unlimited: unknown }).unlimited).toBe('boolean'),
  ],
  [
    'listModels',
    (c) => c.listModels(),
    (v) => {
      const { ids, hints } = v as { ids: unknown[]; hints: Record<string, { video: unknown }> }
      expect(ids.every((id) => typeof id === 'string')).toBe(true)
      expect(
        Object.values(hints).every((h) => [true, false, null].includes(h.video as never)),
      ).toBe(true)
    },
  ],
  ['getPricing', (c) => c.getPricing(), (v) => expect(Array.isArray(v)).toBe(true)],
]

describe('the relay client against random and hostile answers', () => {
  it.each([1, 2, 3])(
    'seed %i: 600 answers per call, only RelayErrors or well-formed values',
    async (seed) => {
      const { reply } = fuzzer(seed)
      vi.spyOn(console, 'warn').mockImplementation(() => {}) // unknown statuses are logged once
      const client = createRelayClient(
        () => ({ baseUrl: BASE, apiKey: KEY }),
        () => Promise.resolve(reply()),
      )
      const escaped: string[] = []
      for (let i = 0; i < 600; i++) {
        for (const [name, call, check] of CALLS) {
          try {
            check(await call(client))
          } catch (e) {
            if (!(e instanceof RelayError))
              escaped.push(`${name} #${i}: ${String(e).slice(0, 200)}`)
            else if (e.detail) {
              expect(e.detail).not.toContain(KEY)
              expect(e.detail.length).toBeLessThanOrEqual(2100)
            }
          }
        }
      }
      expect(escaped.slice(0, 5)).toEqual([])
      vi.restoreAllMocks()
    },
    60_000,
  )
})
