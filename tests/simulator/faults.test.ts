// Rate limits, transient faults, one-shot create faults and seeded replay.
import { describe, expect, it } from 'vitest'
import {
  json,
  simulatorForFile,
  startHarness,
  statusPath,
  type ErrorBody,
  type Quota,
  outcome,
} from './helpers.ts'

const sim = simulatorForFile()

const HTML_502 =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'

describe('rate limiting (ratelimit, retryafter, expose)', () => {
  it('answers 429 with Retry-After and an empty body, unreadable by browsers by default', async () => {
    const id = await sim.create()
    const res = await sim.get(statusPath(id), { scenario: 'ratelimit=1; retryafter=3' })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('3')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toBeNull()
    expect(await res.text()).toBe('')
    const exposed = await sim.get(statusPath(id), { scenario: 'ratelimit=1; expose=1' })
    expect(exposed.headers.get('retry-after')).toBe('2') // the default
    expect(exposed.headers.get('access-control-expose-headers')).toBe('Retry-After')
  })

  it('retryafter=none answers JSON without Retry-After', async () => {
    const res = await sim.get('/v1/token/quota', { scenario: 'ratelimit=1; retryafter=none' })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBeNull()
    expect(await res.json()).toEqual({
      error: { message: '当前分组上游负载已饱和，请稍后再试', type: 'new_api_error', code: '' },
    })
  })

  it('limits every API GET but never a create or remix', async () => {
    const parent = await sim.create({ prompt: 'p [sim queue=0 len=0]' })
    const scenario = 'ratelimit=1; faults=1'
    for (const path of [
      '/v1/models',
      '/v1/token/quota',
      statusPath(parent),
      `/v1/videos/${parent}/content`,
    ]) {
      expect(await outcome(sim.get(path, { scenario })), path).not.toBe('200')
    }
    expect(
      (await sim.post('/v2/videos/generations', { model: 'sora-2', prompt: 'x' }, { scenario }))
        .status,
    ).toBe(200)
    expect(
      (await sim.post(`/v1/videos/${parent}/remix`, { prompt: 'x' }, { scenario })).status,
    ).toBe(200)
    expect((await sim.get('/health', { scenario })).status).toBe(200)
    expect((await sim.get('/media/landscape.mp4', { scenario })).status).toBe(200)
  })
})

describe('transient faults (faults, faultkinds)', () => {
  it('html502 is an nginx HTML page', async () => {
    const res = await sim.get('/v1/models', { scenario: 'faults=1; faultkinds=html502' })
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.text()).toBe(HTML_502)
  })

  it('empty500 is a 500 with no body', async () => {
    const res = await sim.get('/v1/models', { scenario: 'faults=1; faultkinds=empty500' })
    expect(res.status).toBe(500)
    expect(await res.text()).toBe('')
  })

  it('drop closes the connection without an answer', async () => {
    await expect(sim.get('/v1/models', { scenario: 'faults=1; faultkinds=drop' })).rejects.toThrow()
    expect((await sim.get('/v1/models')).status).toBe(200) // and the server carries on
  })

  it('draws among all three kinds by default', async () => {
    const seen = new Set<string>()
    for (let i = 0; i < 30; i++)
      seen.add(await outcome(sim.get('/v1/models', { scenario: 'faults=1' })))
    expect([...seen].sort()).toEqual(['500', '502', 'drop'])
  })

  it('a task’s prompt tag faults that task’s reads only', async () => {
    const id = await sim.create({ prompt: 'flaky [sim faults=1 faultkinds=empty500]' })
    expect((await sim.get(statusPath(id))).status).toBe(500)
    expect((await sim.get('/v1/token/quota')).status).toBe(200)
    expect((await sim.get(statusPath(id), { scenario: 'faults=0' })).status).toBe(200) // header wins
  })
})

describe('createfault (header only, one request)', () => {
  const create = (key: string, scenario: string): Promise<Response> =>
    sim.post('/v2/videos/generations', { model: 'sora-2', prompt: 'x' }, { key, scenario })
  const used = async (key: string): Promise<number> =>
    (await json<Quota>(await sim.get('/v1/token/quota', { key }))).used_quota

  it.each([
    ['html502', 502],
    ['empty500', 500],
    ['429', 429],
  ] as const)('createfault=%s answers %i and creates nothing', async (fault, status) => {
    const key = `sk-sim-cf-${fault}`
    const res = await create(key, `createfault=${fault}`)
    expect(res.status).toBe(status)
    if (fault === '429') expect(res.headers.get('retry-after')).toBe('2')
    await res.arrayBuffer()
    expect(await used(key)).toBe(0)
    const remix = await sim.post(
      '/v1/videos/any/remix',
      { prompt: 'x' },
      { key, scenario: `createfault=${fault}` },
    )
    expect(remix.status).toBe(status)
  })

  it('createfault=drop creates and charges the task, then drops the connection', async () => {
    const key = 'sk-sim-cf-drop'
    await expect(create(key, 'createfault=drop')).rejects.toThrow()
    expect(await used(key)).toBe(250_000)
    const recorded = await json<unknown[]>(await sim.get('/__sim/requests', { key }))
    expect(recorded).toHaveLength(1)
  })

  it('is ignored in prompt tags and relay defaults', async () => {
    const res = await sim.post('/v2/videos/generations', {
      model: 'sora-2',
      prompt: 'x [sim createfault=html502]',
    })
    expect(res.status).toBe(200)
    const local = await startHarness({ defaults: { createfault: 'empty500' } })
    try {
      expect(
        (await local.post('/v2/videos/generations', { model: 'sora-2', prompt: 'x' })).status,
      ).toBe(200)
    } finally {
      await local.close()
    }
  })
})

describe('seeded replay', () => {
  /** Runs one fixed request sequence against a fresh simulator and lists the outcomes. */
  async function run(seed: number): Promise<string[]> {
    const local = await startHarness({ seed, defaults: { faults: 0.3, ratelimit: 0.15 } })
    try {
      const id = await local.create()
      const out: string[] = []
      for (let i = 0; i < 40; i++) {
        const path = [statusPath(id), '/v1/token/quota', '/v1/models'][i % 3] ?? '/v1/models'
        out.push(await outcome(local.get(path)))
        if (i === 20) await local.create() // creates draw nothing, so they never shift the faults
        local.advance(1)
      }
      return out
    } finally {
      await local.close()
    }
  }

  it('replays identical faults for the same seed, different ones for another seed', async () => {
    const a = await run(42)
    const b = await run(42)
    const c = await run(7)
    expect(b).toEqual(a)
    expect(c).not.toEqual(a)
    expect(a).toContain('200')
    expect(a.some((o) => o !== '200')).toBe(true)
    expect(a).toContain('429')
  })

  it('errors keep their JSON shape under body=text', async () => {
    const res = await sim.get('/v1/token/quota', {
      scenario: 'ratelimit=1; retryafter=none; body=text',
    })
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect((JSON.parse(await res.text()) as ErrorBody).error.type).toBe('new_api_error')
  })
})
