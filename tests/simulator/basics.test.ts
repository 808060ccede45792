// Health, CORS, auth, unknown routes and the internal-error path.
import { describe, expect, it } from 'vitest'
import { startSimulator } from '../../simulator/src/server.ts'
import { simulatorForFile, json, statusPath, type ErrorBody, type Wrapped } from './helpers.ts'

const sim = simulatorForFile()

describe('GET /health', () => {
  it('answers without a key so the app can discover the simulator', async () => {
    const res = await sim.get('/health', { key: null })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await res.json()).toEqual({
      simulator: 'sora-studio-relay-simulator',
      version: 1,
      demoKey: 'sk-demo',
    })
  })
})

describe('CORS', () => {
  it('answers a preflight with 204, echoing the requested headers', async () => {
    const res = await fetch(`${sim.url}/v2/videos/generations`, {
      method: 'OPTIONS',
      headers: {
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,x-sim-scenario',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS')
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,x-sim-scenario')
    expect(res.headers.get('access-control-max-age')).toBe('600')
    expect(await res.text()).toBe('')
  })

  it('allows every header when none are named, and needs no key', async () => {
    const res = await fetch(`${sim.url}/anything/at/all`, { method: 'OPTIONS' })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-headers')).toBe('*')
  })

  it('puts Allow-Origin on errors and exposes no headers unless expose=1', async () => {
    for (const res of [
      await sim.get('/v1/token/quota', { key: null }),
      await sim.get('/no/such/path'),
    ]) {
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
      expect(res.headers.get('access-control-expose-headers')).toBeNull()
    }
    const exposed = await sim.get('/v1/models', { scenario: 'expose=1' })
    expect(exposed.headers.get('access-control-expose-headers')).toBe('Retry-After')
  })
})

describe('auth', () => {
  it('rejects a missing key with new-api’s 401 body', async () => {
    const res = await sim.get('/v1/models', { key: null })
    expect(res.status).toBe(401)
    const body = await json<ErrorBody>(res)
    expect(body.error.type).toBe('new_api_error')
    expect(body.error.code).toBe('')
    expect(body.error.message).toMatch(/^Invalid token \(request id: [0-9A-Za-z]+\)$/)
  })

  it('rejects keys outside sk-demo… / sk-sim…', async () => {
    for (const key of ['sk-live123', 'demo', 'sk-demo!', 'sk-sim x']) {
      expect((await sim.get('/v1/models', { key })).status, key).toBe(401)
    }
    expect((await sim.get('/v1/models', { key: 'sk-sim_team-1' })).status).toBe(200)
    const raw = await fetch(`${sim.url}/v1/models`, { headers: { Authorization: 'sk-demo' } })
    expect(raw.status).toBe(401)
  })

  it('answers in Chinese for a zh Accept-Language', async () => {
    const res = await sim.get('/v1/token/quota', {
      key: 'nope',
      headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' },
    })
    expect(res.status).toBe(401)
    expect((await json<ErrorBody>(res)).error.message).toBe('无效的令牌')
  })

  it('guards every task route', async () => {
    const paths = [
      '/v2/videos/generations/x',
      '/v1/videos/x/content',
      '/v1/token/quota',
      '/__sim/requests',
    ]
    for (const p of paths) expect((await sim.get(p, { key: null })).status, p).toBe(401)
    expect(
      (await sim.post('/v2/videos/generations', { model: 'sora-2', prompt: 'x' }, { key: null }))
        .status,
    ).toBe(401)
    expect((await sim.post('/v1/videos/x/remix', { prompt: 'x' }, { key: null })).status).toBe(401)
  })

  it('keeps accounts apart: another key’s task reads as unknown', async () => {
    const id = await sim.create({}, { key: 'sk-sim-alice' })
    const mine = await json<{ task_id: string }>(
      await sim.get(statusPath(id), { key: 'sk-sim-alice' }),
    )
    expect(mine.task_id).toBe(id)
    const theirs = await sim.get(statusPath(id), { key: 'sk-sim-bob' })
    expect(theirs.status).toBe(200)
    expect(await json<Wrapped<null>>(theirs)).toEqual({ code: 'success', message: '', data: null })
  })
})

describe('unknown routes', () => {
  it('answers new-api’s JSON 404 naming method and path, without needing a key', async () => {
    const res = await sim.get('/v2/videos/generationz', { key: null })
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({
      error: {
        message: 'Invalid URL (GET /v2/videos/generationz)',
        type: 'invalid_request_error',
        code: '',
      },
    })
    const wrongMethod = await sim.post('/v1/models', {})
    expect(wrongMethod.status).toBe(404)
    expect((await json<ErrorBody>(wrongMethod)).error.message).toBe('Invalid URL (POST /v1/models)')
  })

  it('answers a stock new-api web page with unknown=html', async () => {
    const res = await sim.get('/v2/v2/videos/generations', { scenario: 'unknown=html' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const html = await res.text()
    expect(html).toBe(
      '<!doctype html><html><head><title>New API</title></head><body><div id="root"></div></body></html>',
    )
  })
})

describe('internal errors', () => {
  it('turns an exception into a logged 500 JSON error and keeps serving', async () => {
    const lines: string[] = []
    let broken = false
    const local = await startSimulator({
      port: 0,
      log: (line) => lines.push(line),
      now: () => {
        if (broken) throw new Error('clock exploded')
        return 1_800_000_000_000
      },
    })
    try {
      const ok = await fetch(`${local.url}/v2/videos/generations`, {
        method: 'POST',
        headers: { Authorization: 'Bearer sk-demo' },
        body: '{"model":"sora-2","prompt":"x"}',
      })
      expect(ok.status).toBe(200)
      broken = true
      const res = await fetch(`${local.url}/v2/videos/generations`, {
        method: 'POST',
        headers: { Authorization: 'Bearer sk-demo' },
        body: '{"model":"sora-2","prompt":"x"}',
      })
      expect(res.status).toBe(500)
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
      expect((await json<ErrorBody>(res)).error.type).toBe('new_api_error')
      expect(lines.some((l) => l.includes('clock exploded'))).toBe(true)
      broken = false
      expect((await fetch(`${local.url}/health`)).status).toBe(200)
      // The line is written when the response closes, which can trail the client by a tick.
      await expect.poll(() => lines.some((l) => l.startsWith('GET /health -> 200'))).toBe(true)
    } finally {
      await local.close()
    }
  })
})

describe('a relay without CORS (cors: false)', () => {
  it('sends no CORS header and refuses preflights', async () => {
    const bare = await startSimulator({ port: 0, cors: false })
    try {
      const health = await fetch(`${bare.url}/health`)
      expect(health.status).toBe(200)
      expect(health.headers.get('access-control-allow-origin')).toBeNull()
      const pre = await fetch(`${bare.url}/v1/models`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'GET' },
      })
      expect(pre.status).toBe(404)
      expect(pre.headers.get('access-control-allow-origin')).toBeNull()
    } finally {
      await bare.close()
    }
  })
})
