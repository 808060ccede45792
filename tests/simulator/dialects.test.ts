// The three dialects (docs/relay-dialects.md): which are offered, what each create takes and
// answers, and the answers their reads give over a task's life.
import { describe, expect, it } from 'vitest'
import { json, simulatorForFile } from './helpers.ts'

const sim = simulatorForFile()
const base = { model: 'sora-2', prompt: 'a fox in the snow' }
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])

/** A multipart create as a browser's FormData sends it. */
function multipart(
  fields: Record<string, string>,
  file?: { bytes: Uint8Array<ArrayBuffer>; type: string },
) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  if (file) form.set('input_reference', new Blob([file.bytes], { type: file.type }), 'frame.png')
  return form
}

const post = (path: string, body: BodyInit, key: string, scenario?: string) =>
  fetch(sim.url + path, {
    method: 'POST',
    body,
    headers: {
      Authorization: `Bearer ${key}`,
      ...(typeof body === 'string' && { 'Content-Type': 'application/json' }),
      ...(scenario && { 'X-Sim-Scenario': scenario }),
    },
  })

describe('OpenAI’s /v1/videos', () => {
  it('takes a multipart create with an input_reference image; the log names each part', async () => {
    const key = 'sk-sim-dialect-openai'
    const res = await post(
      '/v1/videos',
      multipart({ ...base, seconds: '8', size: '720x1280' }, { bytes: PNG, type: 'image/png' }),
      key,
    )
    expect(res.status).toBe(200)
    const created = await json(res)
    expect(created).toMatchObject({
      object: 'video',
      status: 'queued',
      progress: 0,
      model: 'sora-2',
    })
    expect(created.id).toBe(created.task_id)
    const [logged] = await json<{ body: Record<string, unknown> }[]>(
      await sim.get('/__sim/requests', { key }),
    )
    expect(logged?.body).toMatchObject({
      ...base,
      seconds: '8',
      size: '720x1280',
      parts: [
        { name: 'input_reference', type: 'image/png', size: PNG.length, filename: 'frame.png' },
      ],
    })
  })

  it('refuses what new-api refuses or the dialect does not have: a numeric seconds, v2 fields, a fake image', async () => {
    const key = 'sk-sim-dialect-refused'
    const refused = async (body: BodyInit) => {
      const res = await post('/v1/videos', body, key)
      expect(res.status).toBe(400)
      return JSON.stringify(await json(res))
    }
    expect(await refused(JSON.stringify({ ...base, seconds: 8 }))).toMatch(
      /cannot unmarshal number/,
    )
    expect(await refused(JSON.stringify({ ...base, aspect_ratio: '16:9' }))).toMatch(
      /not a \/v1\/videos field/,
    )
    expect(
      await refused(
        multipart(base, {
          bytes: new Uint8Array(new TextEncoder().encode('<html>')),
          type: 'image/png',
        }),
      ),
    ).toMatch(/must be a PNG/)
  })

  it('answers the video object over the task’s life: queued → in_progress → completed, with expires_at; Sora carries no link', async () => {
    const key = 'sk-sim-dialect-life'
    const created = await json(
      await post('/v1/videos', JSON.stringify({ ...base, prompt: 'p [sim queue=2 len=4]' }), key),
    )
    const read = async () => json(await sim.get(`/v1/videos/${String(created.id)}`, { key }))
    expect(await read()).toMatchObject({ object: 'video', status: 'queued', progress: 0 })
    sim.advance(3)
    expect(await read()).toMatchObject({ status: 'in_progress' })
    sim.advance(10)
    const done = await read()
    expect(done).toMatchObject({
      status: 'completed',
      progress: 100,
      seconds: '4',
      size: '1280x720',
    })
    expect(done.expires_at).toBe(Number(done.completed_at) + 86_400)
    expect(done.metadata).toBeUndefined()
    const content = await sim.get(`/v1/videos/${String(created.id)}/content`, { key })
    expect(content.headers.get('content-type')).toBe('video/mp4')
  })

  it('RFC 3339 timestamps on request; 501 for a family without the object; 400 task_not_exist for an unknown id', async () => {
    const key = 'sk-sim-dialect-odd'
    const created = await json(
      await post('/v1/videos', JSON.stringify({ model: 'grok-video-3', prompt: 'p' }), key),
    )
    const rfc = await json(
      await sim.get(`/v1/videos/${String(created.id)}`, { key, scenario: 'times=rfc3339' }),
    )
    expect(String(rfc.created_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)
    const none = await sim.get(`/v1/videos/${String(created.id)}`, {
      key,
      scenario: 'noobject=grok',
    })
    expect(none.status).toBe(501)
    expect(await json(none)).toEqual({
      code: 'not_implemented',
      message: 'not_implemented:grok',
      data: null,
    })
    const unknown = await sim.get('/v1/videos/task_madeup', { key })
    expect(unknown.status).toBe(400)
    expect(await json(unknown)).toEqual({
      code: 'task_not_exist',
      message: 'task_not_exist',
      data: null,
    })
  })
})

describe('new-api’s /v1/video/generations', () => {
  it('creates with images and duration, answers the wrapped task, or the Gemini shape on request', async () => {
    const key = 'sk-sim-dialect-newapi'
    const res = await post(
      '/v1/video/generations',
      JSON.stringify({
        model: 'grok-video-3',
        prompt: 'p [sim queue=0 len=1]',
        duration: 6,
        size: '1280x720',
      }),
      key,
    )
    expect(res.status).toBe(200)
    const { id } = await json(res)
    sim.advance(2)
    const wrapped = await json<{ code: string; data: Record<string, unknown> }>(
      await sim.get(`/v1/video/generations/${String(id)}`, { key }),
    )
    expect(wrapped.code).toBe('success')
    expect(wrapped.data).toMatchObject({ task_id: id, status: 'SUCCESS', progress: '100%' })
    expect(String(wrapped.data.result_url)).toMatch(/\/media\/landscape\.mp4/)
    const gemini = await json<{ data: Record<string, unknown> }>(
      await sim.get(`/v1/video/generations/${String(id)}`, { key, scenario: 'shape=gemini' }),
    )
    expect(gemini.data).toMatchObject({
      status: 'succeeded',
      format: 'mp4',
      metadata: null,
      error: null,
    })
  })
})

describe('new-api’s task adaptors’ quirks, refused where a real relay would lose something silently', () => {
  it('Kling reads its first frame from image (not images) on either route, and drops a file part; Doubao takes seconds, not duration', async () => {
    const key = 'sk-sim-dialect-quirks'
    const kling = { model: 'kling-v2-master', prompt: 'p', duration: 5 }
    const seedance = { model: 'doubao-seedance-1-0-pro-250528', prompt: 'p' }
    const status = async (path: string, body: BodyInit) => (await post(path, body, key)).status
    const asJson = (b: object) => JSON.stringify(b)
    expect(
      await status(
        '/v1/video/generations',
        asJson({ ...kling, images: ['https://i.example/a.png'] }),
      ),
    ).toBe(400)
    expect(
      await status('/v1/video/generations', asJson({ ...kling, image: 'https://i.example/a.png' })),
    ).toBe(200)
    expect(
      await status(
        '/v1/videos',
        multipart({ model: kling.model, prompt: 'p' }, { bytes: PNG, type: 'image/png' }),
      ),
    ).toBe(400)
    // The same handler reads both routes: in JSON, Kling's image is read on /v1/videos too.
    expect(await status('/v1/videos', asJson({ ...kling, image: 'https://i.example/a.png' }))).toBe(
      200,
    )
    expect(
      await status('/v1/videos', asJson({ ...kling, images: ['https://i.example/a.png'] })),
    ).toBe(400)
    expect(await status('/v1/video/generations', asJson({ ...seedance, duration: 5 }))).toBe(400)
    expect(await status('/v1/video/generations', asJson({ ...seedance, seconds: '5' }))).toBe(200)
  })
})

describe('which dialects a relay speaks', () => {
  it('a relay offering only /v1/videos answers the others as unrouted paths, reads included', async () => {
    const key = 'sk-sim-dialect-only'
    const only = 'dialects=openai'
    const v2 = await post('/v2/videos/generations', JSON.stringify(base), key, only)
    expect(v2.status).toBe(404)
    const read = await sim.get('/v2/videos/generations/task_x', { key, scenario: only })
    expect(read.status).toBe(404)
    expect(JSON.stringify(await json(read))).toMatch(/Invalid URL/)
    const newapi = await sim.get('/v1/video/generations/task_x', { key, scenario: only })
    expect(newapi.status).toBe(404)
    const openai = await sim.get('/v1/videos/task_x', { key, scenario: only })
    expect(openai.status).toBe(400)
  })
})
