// POST /v1/videos/extensions (OpenAI's video extensions; new-api has none): only with
// `extensions=yes`, only where OpenAI's dialect is spoken; read back on /v1/videos/{id}.
import { describe, expect, it } from 'vitest'
import { json, simulatorForFile, type Quota } from './helpers.ts'

const sim = simulatorForFile()
const ON = 'extensions=yes'
const finished = (key: string) => sim.create({ prompt: 'a harbour [sim queue=0 len=0]' }, { key })

describe('video extensions', () => {
  it('by default the route is missing, as on new-api: an unrouted path’s 404', async () => {
    const res = await sim.post('/v1/videos/extensions', { video: { id: 'x' }, prompt: 'p' })
    expect(res.status).toBe(404)
    expect(JSON.stringify(await res.json())).toContain('Invalid URL')
  })

  it('extends a finished video: an OpenAI object, a task of the asked length, charged as a create', async () => {
    const key = 'sk-sim-extender'
    const source = await finished(key)
    const res = await sim.post(
      '/v1/videos/extensions',
      { video: { id: source }, prompt: 'the boats leave', seconds: '8' },
      { key, scenario: ON },
    )
    expect(res.status).toBe(200)
    const body = await json<{ id: string; object: string; status: string }>(res)
    expect([body.object, body.status]).toEqual(['video', 'queued'])
    sim.advance(60)
    const read = await json<{ status: string; seconds: string }>(
      await sim.get(`/v1/videos/${encodeURIComponent(body.id)}`, { key }),
    )
    expect(read).toMatchObject({ status: 'completed', seconds: '8' })
    const q = await json<Quota>(await sim.get('/v1/token/quota', { key }))
    expect(q.used_quota).toBe(2 * 250_000)
    const sent = await json<{ path: string }[]>(await sim.get('/__sim/requests', { key }))
    expect(sent.map((r) => r.path)).toContain('/v1/videos/extensions')
  })

  it.each<[string, Record<string, unknown>, number, string]>([
    ['no video', { prompt: 'p', seconds: '4' }, 400, 'video is required'],
    ['a numeric length', { video: 'ID', prompt: 'p', seconds: 8 }, 400, 'seconds must be one of'],
    ['a length not offered', { video: 'ID', prompt: 'p', seconds: '5' }, 400, 'seconds must be'],
    ['no prompt', { video: 'ID', seconds: '4' }, 400, 'prompt is required'],
    ['an unknown video', { video: 'task_nope', prompt: 'p', seconds: '4' }, 400, 'video_not_found'],
  ])('refuses %s, charging nothing', async (_what, body, status, says) => {
    const key = `sk-sim-extend-bad-${_what.replace(/\W+/g, '-')}`
    const source = await finished(key)
    const payload: unknown = JSON.parse(
      JSON.stringify(body).replace('"ID"', JSON.stringify(source)),
    )
    const res = await sim.post('/v1/videos/extensions', payload, { key, scenario: ON })
    expect(res.status).toBe(status)
    expect(JSON.stringify(await res.json())).toContain(says)
    expect((await json<Quota>(await sim.get('/v1/token/quota', { key }))).used_quota).toBe(250_000)
  })

  it('is missing where OpenAI’s dialect is not spoken', async () => {
    const res = await sim.post(
      '/v1/videos/extensions',
      { video: 'x', prompt: 'p', seconds: '4' },
      { scenario: `${ON}; dialects=v2` },
    )
    expect(res.status).toBe(404)
  })
})
