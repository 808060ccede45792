// The app's relay client finding and speaking each dialect, over real HTTP against the simulator
// (in Node: its fetch sends a real multipart form, as a browser does). A probe only reads a
// made-up task on each route: it never creates anything (that would cost money).
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startSimulator, type RunningSimulator } from '../../simulator/src/server.ts'
import { createRelayClient } from '../../src/api/relayClient.ts'
import { RelayError } from '../../src/api/errors.ts'
import type { Dialect } from '../../src/api/dialects.ts'
import { probeDialects } from '../../src/api/probeDialects.ts'

const mediaDir = resolve('simulator/media')
const relays: Record<string, RunningSimulator> = {}
const offered: Record<string, Dialect[] | undefined> = {
  all: undefined,
  openaiOnly: ['openai'],
  guideOnly: ['v2'],
  newapi: ['openai', 'newapi'],
}

beforeAll(async () => {
  for (const [name, dialects] of Object.entries(offered))
    relays[name] = await startSimulator({
      port: 0,
      mediaDir,
      ...(dialects && { defaults: { dialects } }),
    })
  relays.htmlGateway = await startSimulator({
    port: 0,
    mediaDir,
    defaults: { dialects: ['openai'], unknown: 'html' },
  })
})
afterAll(async () => {
  await Promise.all(Object.values(relays).map((r) => r.close()))
})

function client(name: string, apiKey = 'sk-sim-probe') {
  const calls: { url: string; method: string }[] = []
  const spy = vi.fn((input: string | URL | Request, init: RequestInit = {}) => {
    calls.push({
      url: input instanceof Request ? input.url : input.toString(),
      method: init.method ?? 'GET',
    })
    return fetch(input, init)
  })
  const relay = relays[name]!
  return { api: createRelayClient(() => ({ baseUrl: relay.url, apiKey }), spy), calls }
}

describe('probeDialects', () => {
  it.each([
    ['all', ['v2', 'openai', 'newapi']],
    ['openaiOnly', ['openai']],
    ['guideOnly', ['v2']],
    ['newapi', ['openai', 'newapi']],
    ['htmlGateway', ['openai']],
  ])('%s relay → %j, with GETs only', async (name, expected) => {
    const { api, calls } = client(name)
    expect(await probeDialects(api)).toEqual({ offered: expected, partial: false })
    expect(calls).toHaveLength(3)
    expect(calls.every((c) => c.method === 'GET')).toBe(true)
    // Reads of a made-up id, nothing else: no create route was touched.
    expect(calls.map((c) => new URL(c.url).pathname.replace(/probe-\w+$/, 'ID'))).toEqual([
      '/v2/videos/generations/ID',
      '/v1/videos/ID',
      '/v1/video/generations/ID',
    ])
  })

  it('quick (before a create): the guide’s route alone where it answers, the others where it does not', async () => {
    const all = client('all')
    expect(await probeDialects(all.api, { first: 'v2' })).toEqual({
      offered: ['v2'],
      partial: true,
    })
    expect(all.calls).toHaveLength(1)
    const only = client('openaiOnly')
    expect(await probeDialects(only.api, { first: 'v2' })).toEqual({
      offered: ['openai'],
      partial: false,
    })
    expect(only.calls.map((c) => c.method)).toEqual(['GET', 'GET', 'GET'])
  })

  it('a wrong key says nothing about dialects: the error is the caller’s to show', async () => {
    const { api } = client('all', 'not-a-key')
    await expect(probeDialects(api)).rejects.toBeInstanceOf(RelayError)
  })
})

describe('each dialect end to end on the wire', () => {
  it('OpenAI’s: a create as a form with an input_reference file part, read back to a playable link', async () => {
    const { api } = client('openaiOnly')
    const form = new FormData()
    form.set('model', 'sora-2')
    form.set('prompt', 'a heron [sim queue=0 len=0]')
    form.set('seconds', '10')
    form.set('size', '1280x720')
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])
    form.set('input_reference', new Blob([png], { type: 'image/png' }), 'first.png')
    const { id } = await api.createTask(form, { dialect: 'openai' })
    await new Promise((r) => setTimeout(r, 50))
    const snap = await api.getTask(id, { dialect: 'openai' })
    expect(snap).toMatchObject({ id, status: 'succeeded', progress: 100, seconds: 10 })
    // Sora's object has no link: the relay's own copy is read.
    expect(snap.videoUrl).toBe(`${relays.openaiOnly!.url}/v1/videos/${id}/content`)
    expect(snap.expiresAt).toBeGreaterThan(Date.now())
  })

  it('new-api’s: a JSON create, then the wrapped task', async () => {
    const { api } = client('newapi')
    const { id } = await api.createTask(
      { model: 'grok-video-3', prompt: 'a heron [sim queue=0 len=0]', duration: 6 },
      { dialect: 'newapi' },
    )
    await new Promise((r) => setTimeout(r, 50))
    const snap = await api.getTask(id, { dialect: 'newapi' })
    expect(snap).toMatchObject({ id, status: 'succeeded', progress: 100 })
    expect(snap.videoUrl).toMatch(/\/media\/landscape\.mp4\?task=/)
  })
})
