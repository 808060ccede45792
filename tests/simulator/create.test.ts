// POST /v2/videos/generations: validation, id styles, request recording and quota.
import { describe, expect, it } from 'vitest'
import {
  T0,
  json,
  simulatorForFile,
  type ErrorBody,
  type Quota,
  type RealStatus,
} from './helpers.ts'

const sim = simulatorForFile()

const CREATE = '/v2/videos/generations'
const base = { model: 'sora-2', prompt: 'a cat in a park' }

describe('create', () => {
  it('answers only {task_id}, a task_ + 32 alphanumerics id', async () => {
    const res = await sim.post(
      CREATE,
      { ...base, aspect_ratio: '9:16', duration: 15 },
      { key: 'sk-sim-create' },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = await json(res)
    expect(Object.keys(body)).toEqual(['task_id'])
    expect(body.task_id).toMatch(/^task_[A-Za-z0-9]{32}$/)
  })

  it('accepts duration as number or string, 10/15/25, hd on pro, image URLs and data URLs', async () => {
    const ok = [
      { ...base, duration: '10' },
      { ...base, duration: 25 },
      { ...base, model: 'sora-2-pro', hd: true, duration: '15' },
      { ...base, hd: false },
      { ...base, images: [] },
      {
        ...base,
        images: [
          'https://example.com/a.jpg',
          'http://127.0.0.1/b.png',
          'data:image/png;base64,iVBORw0KGgo=',
        ],
      },
      { ...base, images: ['data:image/webp;base64,UklGRg==', 'data:image/jpeg;base64,/9j/4AAQ'] },
      { ...base, watermark: false, private: true }, // extra relay fields are ignored
    ]
    for (const body of ok)
      expect(
        (await sim.post(CREATE, body, { key: 'sk-sim-ok' })).status,
        JSON.stringify(body),
      ).toBe(200)
  })

  const invalid: [string, unknown, RegExp][] = [
    ['unparseable JSON', '{"model": "sora-2", ', /not valid JSON/],
    ['a JSON array', '[1,2]', /JSON object/],
    ['missing prompt', { model: 'sora-2' }, /prompt/],
    ['empty prompt', { ...base, prompt: '' }, /prompt/],
    ['whitespace prompt', { ...base, prompt: ' \n\t ' }, /prompt/],
    ['non-string prompt', { ...base, prompt: 42 }, /prompt/],
    ['missing model', { prompt: 'x' }, /model/],
    ['unknown model', { ...base, model: 'veo3.1' }, /^model veo3\.1 is not available/],
    ['a non-video model', { ...base, model: 'gpt-4o-mini' }, /^model gpt-4o-mini does not/],
    ['bad aspect', { ...base, aspect_ratio: '1:1' }, /aspect_ratio/],
    ['bad duration', { ...base, duration: 12 }, /duration/],
    ['bad duration string', { ...base, duration: '10s' }, /duration/],
    ['hd on sora-2', { ...base, hd: true }, /hd/],
    ['hd not boolean', { ...base, model: 'sora-2-pro', hd: 'yes' }, /hd/],
    ['images not an array', { ...base, images: 'https://example.com/a.jpg' }, /images/],
    ['images with a number', { ...base, images: [1] }, /images/],
    ['image neither URL kind', { ...base, images: ['C:\\pics\\cat.jpg'] }, /images\[0\]/],
    [
      'image with another scheme',
      { ...base, images: ['https://ok.example/a.png', 'ftp://x/a.png'] },
      /images\[1\]/,
    ],
    [
      'data URL of a non-image type',
      { ...base, images: ['data:image/gif;base64,R0lGOD=='] },
      /images\[0\]/,
    ],
    ['data URL without base64', { ...base, images: ['data:image/png,abc'] }, /images\[0\]/],
  ]
  it.each(invalid)('rejects %s with a clear 400', async (_name, body, message) => {
    const res = await sim.post(CREATE, body, { key: 'sk-sim-invalid' })
    expect(res.status).toBe(400)
    const err = await json<ErrorBody>(res)
    expect(err.error.type).toBe('invalid_request_error')
    expect(err.error.code).toBe('invalid_parameter')
    expect(err.error.message).toMatch(message)
  })

  it('rejects invalid creates without charging quota', async () => {
    const quota = await json<Quota>(await sim.get('/v1/token/quota', { key: 'sk-sim-invalid' }))
    expect(quota.used_quota).toBe(0)
  })

  it('answers 413 with an nginx page for a body over 10 MB', async () => {
    const huge = JSON.stringify({
      ...base,
      images: ['data:image/png;base64,' + 'A'.repeat(10 * 1024 * 1024)],
    })
    const res = await sim.post(CREATE, huge, { key: 'sk-sim-huge' })
    expect(res.status).toBe(413)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.text()).toMatch(
      /^<html><head><title>413 Request Entity Too Large<\/title><\/head>/,
    )
  })
})

describe('id styles', () => {
  it('idstyle=colon mints sora:<digits>-<10 alnum>, readable via %3A', async () => {
    const id = await sim.create({}, { scenario: 'idstyle=colon' })
    expect(id).toMatch(/^sora:\d+-[A-Za-z0-9]{10}$/)
    expect(id).toBe(`sora:${T0 / 1000}-${id.slice(-10)}`)
    const res = await sim.get(`/v2/videos/generations/${id.replace(':', '%3A')}`)
    expect((await json<RealStatus>(res)).task_id).toBe(id)
    const raw = await sim.get(`/v2/videos/generations/${id}`) // an unencoded colon works too
    expect((await json<RealStatus>(raw)).task_id).toBe(id)
  })

  it('idstyle=uuid mints a v4 UUID; the prompt tag can choose it too', async () => {
    const viaHeader = await sim.create({}, { scenario: 'idstyle=uuid' })
    const viaTag = await sim.create({ prompt: 'a dog [sim idstyle=uuid]' })
    for (const id of [viaHeader, viaTag]) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
  })
})

describe('request recording', () => {
  it('records create bodies per account (newest last) and clears them', async () => {
    const key = 'sk-sim-recorder'
    await sim.post(CREATE, { ...base, duration: '15', notify_hook: 'x' }, { key })
    await sim.post(CREATE, 'not json', { key })
    await sim.post(CREATE, { ...base, prompt: 'second' }, { key: 'sk-sim-someone-else' })
    const res = await sim.get('/__sim/requests', { key })
    expect(res.status).toBe(200)
    const list =
      await json<{ method: string; path: string; body: unknown; receivedAt: number }[]>(res)
    expect(list).toEqual([
      {
        method: 'POST',
        path: CREATE,
        body: { ...base, duration: '15', notify_hook: 'x' },
        receivedAt: T0,
      },
      { method: 'POST', path: CREATE, body: 'not json', receivedAt: T0 },
    ])
    const del = await sim.get('/__sim/requests', { key, method: 'DELETE' })
    expect(del.status).toBe(204)
    expect(await json(await sim.get('/__sim/requests', { key }))).toEqual([])
  })

  it('keeps only the last 50', async () => {
    const key = 'sk-sim-many'
    for (let i = 0; i < 55; i++)
      await sim.post(CREATE, { ...base, prompt: `p${i}` }, { key, scenario: 'unlimited=1' })
    const list = await json<{ body: { prompt: string } }[]>(
      await sim.get('/__sim/requests', { key }),
    )
    expect(list).toHaveLength(50)
    expect(list[0]?.body.prompt).toBe('p5')
    expect(list[49]?.body.prompt).toBe('p54')
  })
})
