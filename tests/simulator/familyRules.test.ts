// Per-family create rules: what each family accepts, and a 400 naming the field otherwise.
import { describe, expect, it } from 'vitest'
import { json, simulatorForFile, type ErrorBody, type Quota } from './helpers.ts'

const sim = simulatorForFile({ defaults: { unlimited: true } })

const CREATE = '/v2/videos/generations'
const PNG = 'data:image/png;base64,iVBORw0KGgo='
const LINK = 'https://images.example/a.png'
const veo = { model: 'veo3', prompt: 'a fox' }
const grok = { model: 'grok-video-3', prompt: 'a fox' }
const wan = { model: 'wan2.5-i2v', prompt: 'a fox' }
const hailuo = { model: 'hailuo-02', prompt: 'a fox' }

describe('accepted bodies', () => {
  const ok: Record<string, unknown>[] = [
    { ...veo, aspect_ratio: '16:9', enhance_prompt: false, enable_upsample: true, images: [LINK] },
    { ...veo, model: 'veo3-frames', images: ['http://127.0.0.1:8/first.png', PNG] },
    { ...veo, model: 'veo3-components', images: [PNG, PNG, PNG] },
    { ...veo, model: 'veo3-4k', enhance_prompt: true, watermark: false }, // relay extras pass
    { ...grok, ratio: '3:2', duration: 6, resolution: '720P', images: [LINK] },
    { ...grok, duration: 15, images: [] },
    { ...wan, ratio: '16:9', duration: 2, images: ['https://cdn.example/x.jpg'] },
    { ...wan, model: 'wan2.2-t2v', duration: 10, images: ['http://localhost:5173/a.png'] },
    { ...wan, images: ['http://127.0.0.1:8788/a.png'] },
    { ...hailuo, duration: 'ten', hd: 'maybe', ratio: 21, anything: [1, 2] }, // generic: all pass
  ]
  it.each(ok)('accepts %j', async (body) => {
    const res = await sim.post(CREATE, body)
    expect(res.status, await res.clone().text()).toBe(200)
  })
})

type Bad = [string, unknown, RegExp]
const invalid: Bad[] = [
  [
    'a non-video model',
    { ...veo, model: 'gpt-4o-mini' },
    /^model gpt-4o-mini does not support video generation$/,
  ],
  ['an embeddings model', { ...veo, model: 'text-embedding-3-small' }, /does not support video/],
  [
    'an unknown id',
    { ...veo, model: 'veo3.1-pro' },
    /^model veo3\.1-pro is not available on this relay; video models: sora-2, .*hailuo-02$/,
  ],
  // veo
  ['veo with a duration', { ...veo, duration: 8 }, /^veo models take no duration$/],
  [
    'veo with a string duration',
    { ...veo, model: 'veo2', duration: '8' },
    /^veo models take no duration$/,
  ],
  [
    'veo with aspect 1:1',
    { ...veo, aspect_ratio: '1:1' },
    /^aspect_ratio must be "16:9" or "9:16"$/,
  ],
  [
    'veo enhance_prompt not boolean',
    { ...veo, enhance_prompt: 'yes' },
    /^enhance_prompt must be a boolean$/,
  ],
  [
    'veo enable_upsample not boolean',
    { ...veo, model: 'veo3-fast', enable_upsample: 1 },
    /^enable_upsample must be a boolean$/,
  ],
  [
    'enable_upsample on -4k',
    { ...veo, model: 'veo3-4k', enable_upsample: true },
    /^enable_upsample is not accepted by veo3-4k: -4k models already output 4K$/,
  ],
  [
    'enable_upsample false on -4k',
    { ...veo, model: 'veo3-4k', enable_upsample: false },
    /^enable_upsample is not accepted by veo3-4k/,
  ],
  [
    '2 images on veo3',
    { ...veo, images: [PNG, LINK] },
    /^images: veo3 takes at most 1 image, got 2$/,
  ],
  [
    '3 images on veo3-frames',
    { ...veo, model: 'veo3-frames', images: [PNG, PNG, PNG] },
    /^images: veo3-frames takes at most 2 images \(first and last frame\), got 3$/,
  ],
  [
    '4 images on veo3-components',
    { ...veo, model: 'veo3-components', images: [PNG, PNG, PNG, PNG] },
    /^images: veo3-components takes at most 3 images \(reference images\), got 4$/,
  ],
  [
    'a veo image of another scheme',
    { ...veo, images: ['ftp://x/a.png'] },
    /^images\[0\] must be an http\(s\) URL or a data:image/,
  ],
  ['veo images not an array', { ...veo, images: PNG }, /^images must be an array of strings$/],
  ['sora hd on veo', { ...veo, hd: false }, /^hd is a sora parameter/],
  [
    'grok ratio on veo',
    { ...veo, ratio: '16:9' },
    /^ratio is not a veo parameter: use aspect_ratio/,
  ],
  ['grok resolution on veo', { ...veo, resolution: '1080P' }, /^resolution is not a veo parameter/],
  // grok
  [
    'grok duration as a string',
    { ...grok, duration: '10' },
    /^duration must be a JSON number, not a string: 6, 10 or 15/,
  ],
  ['grok duration 5', { ...grok, duration: 5 }, /^duration must be 6, 10 or 15 \(seconds\)$/],
  ['grok duration 6.5', { ...grok, duration: 6.5 }, /^duration must be 6, 10 or 15/],
  ['grok ratio 16:9', { ...grok, ratio: '16:9' }, /^ratio must be "2:3", "3:2" or "1:1"$/],
  [
    'grok resolution 1080p',
    { ...grok, resolution: '1080p' },
    /^resolution must be "720P" or "1080P"$/,
  ],
  [
    '2 images on grok',
    { ...grok, images: [LINK, LINK] },
    /^images: grok-video-3 takes at most 1 image, got 2$/,
  ],
  [
    'aspect_ratio on grok',
    { ...grok, aspect_ratio: '16:9' },
    /^aspect_ratio is not a grok parameter: use ratio \("2:3", "3:2" or "1:1"\)$/,
  ],
  ['hd on grok', { ...grok, hd: true }, /^hd is a sora parameter: grok takes resolution/],
  [
    'enable_upsample on grok',
    { ...grok, enable_upsample: true },
    /^enable_upsample is a veo parameter/,
  ],
  // wan
  ['wan ratio 4:3', { ...wan, ratio: '4:3' }, /^ratio must be "16:9", "9:16" or "1:1"$/],
  [
    'wan duration 1',
    { ...wan, duration: 1 },
    /^duration must be an integer from 2 to 10 \(seconds\)$/,
  ],
  ['wan duration 11', { ...wan, duration: 11 }, /^duration must be an integer from 2 to 10/],
  ['wan duration "5"', { ...wan, duration: '5' }, /^duration must be a JSON number, not a string/],
  [
    'a data: image on wan',
    { ...wan, images: [PNG] },
    /^images\[0\] must be an https link: wan models take https image links, not uploaded data$/,
  ],
  [
    'an http image elsewhere on wan',
    { ...wan, images: ['http://images.example/a.png'] },
    /^images\[0\] must be an https link \(http: only for 127\.0\.0\.1 or localhost\)$/,
  ],
  ['a path on wan', { ...wan, images: ['/tmp/a.png'] }, /^images\[0\] must be an https link$/],
  [
    '2 images on wan',
    { ...wan, images: [LINK, LINK] },
    /^images: wan2\.5-i2v takes at most 1 image, got 2$/,
  ],
  [
    'aspect_ratio on wan',
    { ...wan, aspect_ratio: '16:9' },
    /^aspect_ratio is not a wan parameter: use ratio/,
  ],
  ['hd on wan', { ...wan, model: 'wan2.2-t2v', hd: true }, /^hd is a sora parameter/],
  ['resolution on wan', { ...wan, resolution: '720P' }, /^resolution is not a wan parameter$/],
  // generic
  ['hailuo without prompt', { model: 'hailuo-02', images: [] }, /^prompt is required/],
  [
    'hailuo images not an array',
    { ...hailuo, images: 'x' },
    /^images must be an array of strings$/,
  ],
  [
    'a hailuo image that is no URL',
    { ...hailuo, images: [LINK, 'C:\\a.png'] },
    /^images\[1\] must be/,
  ],
]

describe('refused bodies', () => {
  it.each(invalid)('refuses %s with a 400 naming the field', async (_name, body, message) => {
    const res = await sim.post(CREATE, body, { key: 'sk-sim-rules' })
    expect(res.status).toBe(400)
    const err = await json<ErrorBody>(res)
    expect([err.error.type, err.error.code]).toEqual(['invalid_request_error', 'invalid_parameter'])
    expect(err.error.message).toMatch(message)
  })

  it('charged nothing for the refused bodies', async () => {
    const q = await json<Quota>(await sim.get('/v1/token/quota', { key: 'sk-sim-rules' }))
    expect(q.used_quota).toBe(0)
  })
})
