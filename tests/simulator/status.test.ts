// GET /v2/videos/generations/{id}: the clock-driven state machine, both shapes, failures.
import { describe, expect, it } from 'vitest'
import { startSimulator } from '../../simulator/src/server.ts'
import {
  KEY,
  T0,
  guideStatus,
  json,
  rawRequest,
  realStatus,
  simulatorForFile,
  statusPath,
  type GuideStatus,
  type RealStatus,
  type Wrapped,
} from './helpers.ts'

const sim = simulatorForFile({ defaults: { unlimited: true } }) // many tasks on one key

const real = (id: string, scenario?: string) => realStatus(sim, id, scenario)
const guide = (id: string, scenario?: string) => guideStatus(sim, id, scenario)

describe('state machine (real shape)', () => {
  it('queues 3 s, runs 12 s in 10 % steps, then succeeds with a public URL', async () => {
    const id = await sim.create()
    const s0 = await real(id)
    expect(s0).toEqual({
      task_id: id,
      platform: 'sora',
      action: 'generate',
      status: 'NOT_START',
      fail_reason: '',
      submit_time: T0 / 1000,
      start_time: 0,
      finish_time: 0,
      progress: '0%',
      data: null,
      search_item: '',
    })
    sim.advance(2.9)
    expect((await real(id)).status).toBe('NOT_START')
    sim.advance(0.1)
    const started = await real(id)
    expect([started.status, started.progress, started.start_time]).toEqual([
      'IN_PROGRESS',
      '10%',
      T0 / 1000 + 3,
    ])
    const seen: string[] = []
    for (let i = 0; i < 12; i++) {
      const s = await real(id)
      if (s.status === 'IN_PROGRESS') seen.push(s.progress)
      sim.advance(1)
    }
    expect(seen).toEqual([
      '10%',
      '10%',
      '10%',
      '20%',
      '30%',
      '40%',
      '50%',
      '50%',
      '60%',
      '70%',
      '80%',
      '90%',
    ])
    const done = await real(id)
    expect(done.status).toBe('SUCCESS')
    expect(done.progress).toBe('100%')
    expect(done.finish_time).toBe(T0 / 1000 + 15)
    const url = `${sim.url}/media/landscape.mp4?task=${id}`
    expect(done.data).toEqual({ output: url, outputs: [url] })
    expect(done.fail_reason).toBe('')
  })

  it('builds the result URL from the Host header, portrait for 9:16, and it downloads an MP4', async () => {
    const id = await sim.create({ aspect_ratio: '9:16', prompt: 'x [sim queue=0 len=0]' })
    const raw = await rawRequest(sim.url + statusPath(id), 'GET', {
      Host: 'relay.test:8080',
      Authorization: `Bearer ${KEY}`,
    })
    const s = JSON.parse(raw.body.toString('utf8')) as RealStatus
    expect(s.data?.output).toBe(`http://relay.test:8080/media/portrait.mp4?task=${id}`)
    const proxied = await rawRequest(sim.url + statusPath(id), 'GET', {
      Host: 'relay.test',
      'X-Forwarded-Proto': 'https',
      Authorization: `Bearer ${KEY}`,
    })
    expect((JSON.parse(proxied.body.toString('utf8')) as RealStatus).data?.output).toBe(
      `https://relay.test/media/portrait.mp4?task=${id}`,
    )
    const local = (await real(id)).data?.output ?? ''
    const video = await fetch(local)
    expect(video.status).toBe(200)
    expect(video.headers.get('content-type')).toBe('video/mp4')
    const bytes = new Uint8Array(await video.arrayBuffer())
    expect(Buffer.from(bytes.subarray(4, 8)).toString('latin1')).toBe('ftyp')
    expect(bytes.length).toBeGreaterThan(10_000)
  })

  it('honours per-task queue/len/scale and the simulator timeScale', async () => {
    const id = await sim.create({ prompt: 'x [sim queue=1 len=2 scale=0.5]' }) // 0.5 s queue, 1 s run
    sim.advance(0.5)
    expect((await real(id)).progress).toBe('10%')
    sim.advance(0.5)
    expect((await real(id)).progress).toBe('50%')
    sim.advance(0.5)
    expect((await real(id)).status).toBe('SUCCESS')

    // Real clock, tiny timeScale: the default 15 s job ends within ~15 ms.
    const fast = await startSimulator({ port: 0, timeScale: 0.001 })
    try {
      const headers = { Authorization: `Bearer ${KEY}` }
      const created = await fetch(`${fast.url}/v2/videos/generations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ model: 'sora-2', prompt: 'quick' }),
      })
      const { task_id } = await json<{ task_id: string }>(created)
      // Read until it ends (a condition, not a guessed wait): well within a second.
      const started = Date.now()
      let s = await json<RealStatus>(await fetch(`${fast.url}${statusPath(task_id)}`, { headers }))
      while (s.status !== 'SUCCESS' && Date.now() - started < 1_000)
        s = await json<RealStatus>(await fetch(`${fast.url}${statusPath(task_id)}`, { headers }))
      expect(s.status).toBe('SUCCESS')
      expect(Date.now() - started).toBeLessThan(1_000)
    } finally {
      await fast.close()
    }
  })

  it('lets the header override the prompt tag for shape keys but not the frozen timeline', async () => {
    const id = await sim.create({ prompt: 'x [sim queue=100 shape=guide]' }, { scenario: 'len=1' })
    const s = await json<GuideStatus>(await sim.get(statusPath(id)))
    expect(s.progress).toBe(0) // tag picked the guide shape
    const asReal = await real(id, 'shape=real; queue=0')
    expect(asReal.status).toBe('NOT_START') // a read cannot change the frozen queue
    sim.advance(101)
    expect((await real(id, 'shape=real')).status).toBe('SUCCESS') // len=1 came from the create header
  })
})

describe('guide shape, wrapping and text bodies', () => {
  it('serves the guide shape with numeric progress, size and video_url', async () => {
    const id = await sim.create({
      model: 'sora-2-pro',
      hd: true,
      aspect_ratio: '9:16',
      duration: '15',
    })
    expect(await guide(id)).toEqual({
      task_id: id,
      status: 'NOT_START',
      progress: 0,
      created_at: Math.floor(sim.now() / 1000),
      model: 'sora-2-pro',
      duration: 15,
      size: '1080x1920',
      video_url: null,
    })
    sim.advance(3 + 6)
    expect((await guide(id)).progress).toBe(50)
    sim.advance(6)
    const done = await guide(id)
    expect(done.status).toBe('SUCCESS')
    expect(done.video_url).toBe(`${sim.url}/media/portrait.mp4?task=${id}`)
    expect(done.error).toBeUndefined()
    const plain = await sim.create()
    expect((await guide(plain)).size).toBe('1280x720')
  })

  it('wraps either shape in {code,message,data} with wrap=1', async () => {
    const id = await sim.create()
    const w = await json<Wrapped<RealStatus>>(await sim.get(statusPath(id), { scenario: 'wrap=1' }))
    expect([w.code, w.message, w.data.task_id, w.data.progress]).toEqual(['success', '', id, '0%'])
    const g = await json<Wrapped<GuideStatus>>(
      await sim.get(statusPath(id), { scenario: 'wrap=1; shape=guide' }),
    )
    expect(g.data.progress).toBe(0)
  })

  it('sends the same JSON as text/plain with body=text', async () => {
    const id = await sim.create()
    const res = await sim.get(statusPath(id), { scenario: 'body=text' })
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect((JSON.parse(await res.text()) as RealStatus).task_id).toBe(id)
  })
})
