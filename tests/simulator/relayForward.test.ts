// The forwarding server (simulator/src/relayForward.ts) in front of a simulator that sends no
// CORS headers: only the app's relay routes go through, bodies stream both ways, and the key
// travels in Authorization alone — never into the log, which this test reads.
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { forwardMiddleware, forwardTarget } from '../../simulator/src/relayForward.ts'
import { startSimulator, type RunningSimulator } from '../../simulator/src/server.ts'

const KEY = 'sk-sim-forward-Secret-7Hq2'
let relay: RunningSimulator
let server: Server
let base = ''
const log: string[] = []

beforeAll(async () => {
  relay = await startSimulator({ port: 0, cors: false, timeScale: 0.01 })
  const forward = forwardMiddleware({ target: relay.url, base: '/relay', log: (l) => log.push(l) })
  server = createServer((req, res) =>
    forward(req, res, () => {
      res.writeHead(418)
      res.end('not the forwarder’s')
    }),
  )
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/relay`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
  await relay.close()
})

const auth = { Authorization: `Bearer ${KEY}` }

/** A request whose path goes out exactly as written. */
function rawRequest(method: string, url: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url)
  const path = url.slice(url.indexOf('/', 'http://'.length))
  return new Promise((done, fail) => {
    const req = request({ hostname, port, method, path, headers: auth }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => done({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', fail)
    req.end()
  })
}
/** What the relay itself received for this key (read from it directly, not through the forwarder). */
const receivedByRelay = async () =>
  (await (await fetch(`${relay.url}/__sim/requests`, { headers: auth })).json()) as {
    path: string
    body: Record<string, unknown>
  }[]

describe('the forwarding server', () => {
  it('passes the app’s routes on with the key, and says where it forwards', async () => {
    const models = await fetch(`${base}/v1/models`, { headers: auth })
    expect(models.status).toBe(200)
    expect(((await models.json()) as { data: unknown[] }).data.length).toBeGreaterThan(3)
    const wrongKey = await fetch(`${base}/v1/token/quota`, {
      headers: { Authorization: 'Bearer nope' },
    })
    expect(wrongKey.status).toBe(401)

    const info = await fetch(`${base}/__forward`)
    expect(await info.json()).toEqual({ forwarding: true, target: relay.url })
  })

  it('streams a create and its reads, a multipart upload, and a ranged read of the result', async () => {
    const form = new FormData()
    form.set('model', 'sora-2')
    form.set('prompt', 'A kite [sim queue=0 len=1]')
    form.set('input_reference', new Blob([PNG], { type: 'image/png' }), 'frame.png')
    const created = await fetch(`${base}/v1/videos`, { method: 'POST', headers: auth, body: form })
    expect(created.status).toBe(200)
    const { id } = (await created.json()) as { id: string }
    const part = (await receivedByRelay()).at(-1)?.body.parts as { name: string; size: number }[]
    expect(part).toEqual([expect.objectContaining({ name: 'input_reference', size: PNG.length })])

    let status = ''
    for (let i = 0; i < 50 && status !== 'completed'; i++) {
      await new Promise((r) => setTimeout(r, 100))
      const read = await fetch(`${base}/v1/videos/${id}?ignored=1`, { headers: auth })
      status = ((await read.json()) as { status: string }).status
    }
    expect(status).toBe('completed')
    const ranged = await fetch(`${base}/v1/videos/${id}/content`, {
      headers: { ...auth, Range: 'bytes=0-99' },
    })
    expect(ranged.status).toBe(206)
    expect(ranged.headers.get('content-range')).toMatch(/^bytes 0-99\//)
    expect((await ranged.arrayBuffer()).byteLength).toBe(100)
  })

  it('refuses every other path or method, which never reaches the relay', async () => {
    const before = (await receivedByRelay()).length
    for (const [method, path] of [
      ['GET', '/__sim/stats'],
      ['POST', '/__sim/refill'],
      ['POST', '/v1/chat/completions'],
      ['GET', '/api/user/self'],
      ['DELETE', '/v1/videos/task_1'],
      ['GET', '/v1/videos/a/b/content'],
      ['GET', '/../v1/models'],
      ['GET', '/v1/videos/..'],
      ['GET', '/v1/videos/%2e%2e/content'],
      ['GET', '/v1/videos/a%2Fb'],
    ] as const) {
      // Sent as written (fetch would resolve the dots first).
      const { status, body } = await rawRequest(method, `${base}${path}`)
      expect(status, `${method} ${path}`).toBe(404)
      expect((JSON.parse(body) as { error: { code: string } }).error.code).toBe('not_forwarded')
    }
    expect((await receivedByRelay()).length).toBe(before)
    // Outside its base the forwarder answers nothing: the dev server goes on.
    expect((await fetch(base.replace('/relay', '/elsewhere'))).status).toBe(418)
  })

  it('keeps cookies and origin here, and the relay’s cookies there', async () => {
    const res = await fetch(`${base}/v1/models`, {
      headers: { ...auth, Cookie: 'session=abc', Origin: 'http://evil.example' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('never writes the key, or any header or query string, to its log', () => {
    expect(log.length).toBeGreaterThan(5)
    expect(log.some((l) => /GET \/v1\/models → 200 \(\d+ ms\)/.test(l))).toBe(true)
    expect(log.some((l) => l.includes('refused POST /v1/chat/completions'))).toBe(true)
    const text = log.join('\n')
    for (const secret of [KEY, KEY.slice(3), 'Bearer', 'ignored=1', 'session=abc'])
      expect(text).not.toContain(secret)
  })

  it('says at start what is wrong with a target', () => {
    expect(() => forwardTarget('relay.example')).toThrow(/not a URL/)
    expect(() => forwardTarget('ftp://relay.example')).toThrow(/http or https/)
    expect(() => forwardTarget('https://user:pw@relay.example')).toThrow(/plain base URL/)
    expect(forwardTarget('https://relay.example/api/').path).toBe('/api')
  })
})

// A 1×1 PNG.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
)
