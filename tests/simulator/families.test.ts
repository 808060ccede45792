// Every video family on POST /v2/videos/generations: id prefix, platform, timeline, clip.
import { describe, expect, it } from 'vitest'
import { json, simulatorForFile, statusPath, type GuideStatus, type RealStatus } from './helpers.ts'

const sim = simulatorForFile({ defaults: { unlimited: true } }) // many tasks on one key

const PNG = 'data:image/png;base64,iVBORw0KGgo='
const LINK = 'https://images.example/cat.png'

type Case = [string, Record<string, unknown>, string, string, string]
// [what, body, id prefix, clip, guide size]
const cases: Case[] = [
  [
    'veo3, portrait, upsampled, one data: image',
    {
      model: 'veo3',
      aspect_ratio: '9:16',
      enhance_prompt: true,
      enable_upsample: true,
      images: [PNG],
    },
    'veo3',
    'portrait',
    '1080x1920',
  ],
  [
    'veo3 without aspect_ratio (landscape)',
    { model: 'veo3', images: [LINK] },
    'veo3',
    'landscape',
    '1280x720',
  ],
  ['veo3-fast', { model: 'veo3-fast', aspect_ratio: '16:9' }, 'veo3', 'landscape', '1280x720'],
  [
    'veo3-frames, first and last frame',
    { model: 'veo3-frames', images: [PNG, LINK] },
    'veo3',
    'landscape',
    '1280x720',
  ],
  [
    'veo3-components, 3 references',
    { model: 'veo3-components', images: [PNG, PNG, LINK] },
    'veo3',
    'landscape',
    '1280x720',
  ],
  ['veo3-4k', { model: 'veo3-4k', aspect_ratio: '9:16' }, 'veo3', 'portrait', '2160x3840'],
  ['veo2', { model: 'veo2', enable_upsample: false }, 'veo2', 'landscape', '1280x720'],
  [
    'grok-video-3, 2:3 at 1080P',
    { model: 'grok-video-3', ratio: '2:3', duration: 10, resolution: '1080P', images: [PNG] },
    'grok',
    'portrait',
    '1080x1620',
  ],
  ['grok-video-3, default 3:2', { model: 'grok-video-3' }, 'grok', 'landscape', '1080x720'],
  [
    'grok-video-3, 1:1',
    { model: 'grok-video-3', ratio: '1:1', duration: 15 },
    'grok',
    'square',
    '720x720',
  ],
  [
    'wan2.5-i2v, 1:1 with an https image',
    { model: 'wan2.5-i2v', ratio: '1:1', duration: 5, images: [LINK] },
    'wan',
    'square',
    '720x720',
  ],
  [
    'wan2.2-t2v, 9:16',
    { model: 'wan2.2-t2v', ratio: '9:16', duration: 10 },
    'wan',
    'portrait',
    '720x1280',
  ],
  [
    'hailuo-02 with extra fields',
    { model: 'hailuo-02', images: [PNG], duration: 6, resolution: '768P', prompt_optimizer: true },
    'hailuo',
    'landscape',
    '1280x720',
  ],
]

describe('each family runs to SUCCESS with a playable clip', () => {
  it.each(cases)('%s', async (_what, body, prefix, clip, size) => {
    const id = await sim.create({ prompt: 'a fox in the snow', ...body })
    expect(id).toMatch(new RegExp(`^${prefix}:${Math.floor(sim.now() / 1000)}-[A-Za-z0-9]{10}$`))
    const path = statusPath(id)
    expect(path).toContain(`${prefix}%3A`) // what a client's encodeURIComponent sends

    const first = await json<RealStatus>(await sim.get(path))
    expect([first.task_id, first.platform, first.status]).toEqual([id, prefix, 'NOT_START'])
    sim.advance(3 + 6)
    const running = await json<RealStatus>(await sim.get(path))
    expect([running.status, running.progress]).toEqual(['IN_PROGRESS', '50%'])
    sim.advance(6)
    const done = await json<RealStatus>(await sim.get(path))
    const url = `${sim.url}/media/${clip}.mp4?task=${encodeURIComponent(id)}`
    expect([done.status, done.progress, done.data]).toEqual([
      'SUCCESS',
      '100%',
      { output: url, outputs: [url] },
    ])
    const guide = await json<GuideStatus>(await sim.get(path, { scenario: 'shape=guide' }))
    expect([guide.model, guide.size, guide.video_url]).toEqual([body.model, size, url])

    const video = await fetch(url)
    expect([video.status, video.headers.get('content-type')]).toEqual([200, 'video/mp4'])
    expect(
      Buffer.from(await video.arrayBuffer())
        .subarray(4, 8)
        .toString('latin1'),
    ).toBe('ftyp')
  })

  it('records the body exactly as sent, extra fields included', async () => {
    const key = 'sk-sim-hailuo'
    const body = {
      model: 'hailuo-02',
      prompt: 'waves',
      images: ['http://127.0.0.1:9/a.png'],
      camera: { move: 'pan' },
      seed: 42,
    }
    expect((await sim.post('/v2/videos/generations', body, { key })).status).toBe(200)
    const list = await json<{ body: unknown }[]>(await sim.get('/__sim/requests', { key }))
    expect(list.at(-1)?.body).toEqual(body)
  })

  it('applies the usual scenario keys to other families: tags, fail, private results', async () => {
    const failing = await sim.create({
      model: 'veo3',
      prompt: 'x [sim fail=result_review failat=0.5 queue=0 len=10]',
    })
    sim.advance(5)
    const failed = await json<RealStatus>(await sim.get(statusPath(failing)))
    expect([failed.status, failed.platform, failed.progress]).toEqual(['FAILURE', 'veo3', '50%'])

    const hidden = await sim.create({
      model: 'grok-video-3',
      prompt: 'x [sim result=private queue=0 len=0]',
    })
    const s = await json<RealStatus>(await sim.get(statusPath(hidden)))
    expect(s.data?.output).toBe(`${sim.url}/v1/videos/${encodeURIComponent(hidden)}/content`)
    const content = await sim.get(`/v1/videos/${encodeURIComponent(hidden)}/content`)
    expect([content.status, content.headers.get('content-type')]).toEqual([200, 'video/mp4'])
  })

  it('ignores idstyle outside Sora: the family prefix is the id style', async () => {
    for (const idstyle of ['task', 'uuid']) {
      const id = await sim.create({ model: 'wan2.2-t2v' }, { scenario: `idstyle=${idstyle}` })
      expect(id).toMatch(/^wan:\d+-[A-Za-z0-9]{10}$/)
    }
    expect(await sim.create({}, { scenario: 'idstyle=uuid' })).toMatch(/^[0-9a-f-]{36}$/)
  })
})
