// The Vite plugin: its configureServer / configurePreviewServer hooks register middleware
// that answers under /sim and passes everything else on. Driven through a real node:http
// server with a fake Vite server object that captures the middleware.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { PreviewServer, ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { relaySimulator } from '../../simulator/src/vitePlugin.ts'
import { KEY, T0, json, type ErrorBody, type RealStatus } from './helpers.ts'

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void

/** A fake `{ middlewares: { use } }` server that records what the hook registers. */
function fakeServer(): { server: unknown; handlers: Middleware[] } {
  const handlers: Middleware[] = []
  return { server: { middlewares: { use: (fn: Middleware) => handlers.push(fn) } }, handlers }
}

async function serve(handler: Middleware): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) =>
    handler(req, res, () => {
      // What Vite would do next; a marker lets the test see the request was passed on.
      res.writeHead(418, { 'Content-Type': 'text/plain' })
      res.end('next')
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

const plugin = relaySimulator({ now: () => T0 })
const dev = fakeServer()
const preview = fakeServer()
let devUrl = ''
let previewUrl = ''
const servers: Server[] = []

beforeAll(async () => {
  const { configureServer, configurePreviewServer } = plugin
  if (typeof configureServer !== 'function' || typeof configurePreviewServer !== 'function') {
    throw new Error('expected function hooks')
  }
  await configureServer.call(undefined as never, dev.server as ViteDevServer)
  await configurePreviewServer.call(undefined as never, preview.server as PreviewServer)
  expect(dev.handlers).toHaveLength(1)
  expect(preview.handlers).toHaveLength(1)
  for (const [handlers, set] of [
    [dev.handlers, (u: string) => (devUrl = u)],
    [preview.handlers, (u: string) => (previewUrl = u)],
  ] as const) {
    const running = await serve(handlers[0] as Middleware)
    servers.push(running.server)
    set(running.url)
  }
})
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections()
    await new Promise((resolve) => s.close(resolve))
  }
})

const auth = { Authorization: `Bearer ${KEY}` }

describe('relaySimulator() vite plugin', () => {
  it('is named and answers /sim/health', async () => {
    expect(plugin.name).toBe('sora-studio-relay-simulator')
    const res = await fetch(`${devUrl}/sim/health`)
    expect(res.status).toBe(200)
    expect((await json(res)).simulator).toBe('sora-studio-relay-simulator')
  })

  it('passes requests outside the prefix on to the next middleware', async () => {
    for (const path of [
      '/health',
      '/',
      '/simulator/health',
      '/src/main.tsx',
      '/v2/videos/generations',
    ]) {
      const res = await fetch(devUrl + path)
      expect([res.status, await res.text()], path).toEqual([418, 'next'])
    }
  })

  it('strips the prefix: /sim itself and unknown paths are the relay’s own 404', async () => {
    const res = await fetch(`${devUrl}/sim`, { headers: auth })
    expect(res.status).toBe(404)
    expect((await json<ErrorBody>(res)).error.message).toBe('Invalid URL (GET /)')
    const other = await fetch(`${devUrl}/sim/v9/nothing?x=1`)
    expect((await json<ErrorBody>(other)).error.message).toBe('Invalid URL (GET /v9/nothing)')
  })

  it('builds result URLs under the mount and serves the clip there', async () => {
    const created = await fetch(`${devUrl}/sim/v2/videos/generations`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ model: 'sora-2', prompt: 'x [sim queue=0 len=0]' }),
    })
    const { task_id } = await json<{ task_id: string }>(created)
    const status = await json<RealStatus>(
      await fetch(`${devUrl}/sim/v2/videos/generations/${task_id}`, { headers: auth }),
    )
    expect(status.data?.output).toBe(`${devUrl}/sim/media/landscape.mp4?task=${task_id}`)
    const video = await fetch(status.data?.output ?? '')
    expect(video.status).toBe(200)
    expect(
      Buffer.from(await video.arrayBuffer())
        .subarray(4, 8)
        .toString('latin1'),
    ).toBe('ftyp')

    const priv = await fetch(`${devUrl}/sim/v2/videos/generations`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ model: 'sora-2', prompt: 'x [sim queue=0 len=0 result=private]' }),
    })
    const privId = (await json<{ task_id: string }>(priv)).task_id
    const s = await json<RealStatus>(
      await fetch(`${devUrl}/sim/v2/videos/generations/${privId}`, { headers: auth }),
    )
    expect(s.data?.output).toBe(`${devUrl}/sim/v1/videos/${privId}/content`)
    expect((await fetch(s.data?.output ?? '', { headers: auth })).status).toBe(200)
  })

  it('mounts the same simulator on the preview server', async () => {
    const created = await fetch(`${devUrl}/sim/v2/videos/generations`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ model: 'sora-2', prompt: 'shared' }),
    })
    const { task_id } = await json<{ task_id: string }>(created)
    const res = await fetch(`${previewUrl}/sim/v2/videos/generations/${task_id}`, { headers: auth })
    expect((await json<RealStatus>(res)).task_id).toBe(task_id)
    expect((await fetch(`${previewUrl}/index.html`)).status).toBe(418)
  })

  it('honours a custom base, with or without a trailing slash', async () => {
    const custom = relaySimulator({ base: '/relay/' })
    const fake = fakeServer()
    const hook = custom.configureServer
    if (typeof hook !== 'function') throw new Error('expected a function hook')
    await hook.call(undefined as never, fake.server as ViteDevServer)
    const running = await serve(fake.handlers[0] as Middleware)
    servers.push(running.server)
    expect((await fetch(`${running.url}/relay/health`)).status).toBe(200)
    expect((await fetch(`${running.url}/sim/health`)).status).toBe(418)
  })
})
