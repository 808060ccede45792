// POST /v1/videos/{id}/remix: OpenAI video object, parent rules, relays without the route.
import { describe, expect, it } from 'vitest'
import {
  json,
  simulatorForFile,
  statusPath,
  type ErrorBody,
  type GuideStatus,
  type Quota,
  type RealStatus,
} from './helpers.ts'

const sim = simulatorForFile()

const remixPath = (id: string): string => `/v1/videos/${encodeURIComponent(id)}/remix`
const NOT_EXIST = { code: 'task_not_exist', message: 'task_origin_not_exist', data: null }

/** A finished parent task (queue and run of zero length). */
async function finishedParent(body: Record<string, unknown> = {}, key?: string): Promise<string> {
  return sim.create({ prompt: 'parent [sim queue=0 len=0]', ...body }, { key })
}

describe('remix', () => {
  it('answers an OpenAI video object and runs a new task inheriting the parent’s settings', async () => {
    const key = 'sk-sim-remixer'
    const parent = await finishedParent(
      { model: 'sora-2-pro', aspect_ratio: '9:16', duration: '15', hd: true },
      key,
    )
    const res = await sim.post(remixPath(parent), { prompt: 'make it dance' }, { key })
    expect(res.status).toBe(200)
    const body = await json<{ id: string; task_id: string }>(res)
    expect(body).toEqual({
      id: body.task_id,
      task_id: body.task_id,
      object: 'video',
      model: 'sora-2-pro',
      status: 'queued',
      progress: 0,
      created_at: Math.floor(sim.now() / 1000),
    })
    expect(body.task_id).toMatch(/^task_[A-Za-z0-9]{32}$/)
    expect(body.task_id).not.toBe(parent)

    const s = await json<RealStatus>(await sim.get(statusPath(body.task_id), { key }))
    expect([s.action, s.status]).toEqual(['remix', 'NOT_START'])
    const g = await json<GuideStatus>(
      await sim.get(statusPath(body.task_id), { key, scenario: 'shape=guide' }),
    )
    expect([g.model, g.duration, g.size]).toEqual(['sora-2-pro', 15, '1080x1920'])
    sim.advance(15)
    const done = await json<RealStatus>(await sim.get(statusPath(body.task_id), { key }))
    expect(done.status).toBe('SUCCESS')
    expect(done.data?.output).toContain('/media/portrait.mp4')

    // Both the parent and the remix were charged sora-2-pro's flat price, 1.5 × 500,000.
    const q = await json<Quota>(await sim.get('/v1/token/quota', { key }))
    expect(q.used_quota).toBe(1_500_000)
    const requests = await json<{ path: string; body: unknown }[]>(
      await sim.get('/__sim/requests', { key }),
    )
    expect(requests.at(-1)).toMatchObject({
      path: remixPath(parent),
      body: { prompt: 'make it dance' },
    })
  })

  it('works for a parent id with a colon, and the remix prompt can carry its own tag', async () => {
    const parent = await sim.create(
      { prompt: 'p [sim queue=0 len=0]' },
      { scenario: 'idstyle=colon' },
    )
    const res = await sim.post(remixPath(parent), {
      prompt: 'again [sim fail=prompt_review failat=0 queue=0]',
    })
    expect(res.status).toBe(200)
    const { task_id } = await json<{ task_id: string }>(res)
    const s = await json<RealStatus>(await sim.get(statusPath(task_id)))
    expect([s.status, s.fail_reason]).toEqual(['FAILURE', '提示词包含违规内容，审核未通过'])
  })

  it('rejects an empty prompt with 400', async () => {
    const parent = await finishedParent()
    for (const body of [{}, { prompt: '' }, { prompt: '   ' }, 'not json']) {
      const res = await sim.post(remixPath(parent), body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect((await json<ErrorBody>(res)).error.type).toBe('invalid_request_error')
    }
  })

  it('refuses parents that are unknown, someone else’s, unfinished or failed', async () => {
    const key = 'sk-sim-refused'
    const mineButRunning = await sim.create({}, { key })
    const failed = await sim.create({ prompt: 'x [sim fail=other failat=0 queue=0]' }, { key })
    const theirs = await finishedParent({}, 'sk-sim-other')
    for (const id of ['task_nope', mineButRunning, failed, theirs]) {
      const res = await sim.post(remixPath(id), { prompt: 'again' }, { key })
      expect(res.status, id).toBe(400)
      expect(await res.json()).toEqual(NOT_EXIST)
    }
    const quota = await json<Quota>(await sim.get('/v1/token/quota', { key }))
    expect(quota.used_quota).toBe(2 * 250_000) // the refused remixes cost nothing
  })

  it('refuses to remix another family’s task, finished or not, and charges nothing', async () => {
    const key = 'sk-sim-veo-remix'
    const done = await finishedParent({ model: 'veo3' }, key)
    const running = await sim.create({ model: 'grok-video-3' }, { key })
    for (const id of [done, running]) {
      const res = await sim.post(remixPath(id), { prompt: 'again' }, { key })
      expect(res.status, id).toBe(400)
      expect(await res.json()).toEqual({
        code: 'invalid_request',
        message: 'remix is only supported for sora tasks',
        data: null,
      })
    }
    const quota = await json<Quota>(await sim.get('/v1/token/quota', { key }))
    expect(quota.used_quota).toBe(500_000 + 150_000) // the two parents only
  })

  it('remix=404: a relay without the route answers Invalid URL, before auth', async () => {
    const parent = await finishedParent()
    const res = await sim.post(
      remixPath(parent),
      { prompt: 'x' },
      { scenario: 'remix=404', key: null },
    )
    expect(res.status).toBe(404)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.json()).toEqual({
      error: {
        message: `Invalid URL (POST ${remixPath(parent)})`,
        type: 'invalid_request_error',
        code: '',
      },
    })
  })

  it('remix=html: a stock new-api answers 200 with its web page', async () => {
    const parent = await finishedParent()
    const res = await sim.post(remixPath(parent), { prompt: 'x' }, { scenario: 'remix=html' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await res.text()).toContain('<title>New API</title>')
  })
})
