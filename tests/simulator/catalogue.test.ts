// GET /v1/models and GET /api/pricing: what is served, what it costs, relays without them.
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../simulator/src/cliArgs.ts'
import { json, simulatorForFile, startHarness, type ErrorBody, type Quota } from './helpers.ts'

const sim = simulatorForFile()

const IDS = [
  'sora-2',
  'sora-2-pro',
  'veo3',
  'veo3-fast',
  'veo3-frames',
  'veo3-components',
  'veo3-4k',
  'veo2',
  'grok-video-3',
  'wan2.5-i2v',
  'wan2.2-t2v',
  'kling-v2-master',
  'doubao-seedance-1-0-pro-250528',
  'hailuo-02',
  'gpt-4o-mini',
  'text-embedding-3-small',
]

interface PricingEntry {
  model_name: string
  quota_type: number
  model_price: number
  model_ratio: number
  completion_ratio: number
  owner_by: string
  enable_groups: string[]
  supported_endpoint_types: string[]
}
interface Pricing {
  success: boolean
  data: PricingEntry[]
  group_ratio: Record<string, number>
  usable_group: Record<string, string>
}

const pricing = async (): Promise<Pricing> => json<Pricing>(await sim.get('/api/pricing'))
const used = async (key: string): Promise<number> =>
  (await json<Quota>(await sim.get('/v1/token/quota', { key }))).used_quota

describe('GET /v1/models', () => {
  it('lists every id as new-api does: endpoint types per channel, which do not tell video from chat', async () => {
    const res = await sim.get('/v1/models')
    expect(res.status).toBe(200)
    const body = await json<{ object: string; data: Record<string, unknown>[] }>(res)
    expect(body.object).toBe('list')
    expect(body.data.map((m) => m.id)).toEqual(IDS)
    for (const m of body.data) {
      expect(Object.keys(m)).toEqual([
        'id',
        'object',
        'created',
        'owned_by',
        'supported_endpoint_types',
      ])
      expect([m.object, typeof m.owned_by]).toEqual(['model', 'string'])
    }
    const types: Record<string, unknown> = Object.fromEntries(
      body.data.map((m) => [String(m.id), m.supported_endpoint_types]),
    )
    // common/endpoint_type.go: only a Sora channel says openai-video; Kling, Doubao, Ali… and
    // chat models alike get the default ["openai"]; Gemini/Vertex ["gemini","openai"].
    expect(types).toMatchObject({
      'sora-2': ['openai-video'],
      veo3: ['gemini', 'openai'],
      'kling-v2-master': ['openai'],
      'doubao-seedance-1-0-pro-250528': ['openai'],
      'gpt-4o-mini': ['openai'],
      'text-embedding-3-small': ['embeddings'],
    })
  })

  it('needs a key', async () => {
    expect((await sim.get('/v1/models', { key: null })).status).toBe(401)
  })
})

describe('GET /api/pricing', () => {
  it('answers new-api’s shape without a key, with CORS', async () => {
    const res = await sim.get('/api/pricing', { key: null })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const body = await json<Pricing>(res)
    expect(body.success).toBe(true)
    expect(body.group_ratio).toEqual({ default: 1 })
    expect(body.usable_group).toEqual({ default: '默认分组' })
    expect(body.data.find((e) => e.model_name === 'veo3')).toEqual({
      model_name: 'veo3',
      quota_type: 1,
      model_price: 1,
      model_ratio: 0,
      completion_ratio: 1,
      owner_by: '',
      enable_groups: ['default'],
      supported_endpoint_types: ['gemini', 'openai'],
    })
  })

  it('prices every video model but hailuo-02, and marks the others by endpoint', async () => {
    const { data } = await pricing()
    expect(data.map((e) => e.model_name)).toEqual(IDS.filter((id) => id !== 'hailuo-02'))
    const byName = new Map(data.map((e) => [e.model_name, e]))
    expect(byName.get('gpt-4o-mini')).toMatchObject({
      quota_type: 0,
      supported_endpoint_types: ['openai'],
    })
    expect(byName.get('text-embedding-3-small')?.supported_endpoint_types).toEqual(['embeddings'])
    const prices = Object.fromEntries(
      data.filter((e) => e.quota_type === 1).map((e) => [e.model_name, e.model_price]),
    )
    expect(prices).toEqual({
      'sora-2': 0.5,
      'sora-2-pro': 1.5,
      veo3: 1,
      'veo3-fast': 0.4,
      'veo3-frames': 1,
      'veo3-components': 1,
      'veo3-4k': 2,
      veo2: 0.8,
      'grok-video-3': 0.3,
      'wan2.5-i2v': 0.2,
      'wan2.2-t2v': 0.15,
      'kling-v2-master': 0.6,
      'doubao-seedance-1-0-pro-250528': 0.4,
    })
  })

  it('charges each video model exactly model_price × 500,000 × group ratio per request', async () => {
    const { data, group_ratio } = await pricing()
    const video = data.filter((e) => e.quota_type === 1)
    expect(video).toHaveLength(13)
    for (const entry of video) {
      const key = `sk-sim-price-${entry.model_name.replace(/[^A-Za-z0-9_-]/g, '_')}`
      const price = Math.round(entry.model_price * 500_000 * (group_ratio.default ?? 1))
      await sim.create({ model: entry.model_name }, { key })
      expect(await used(key), entry.model_name).toBe(price)
    }
    // Flat: the longest Sora HD request costs what the shortest does.
    const key = 'sk-sim-price-flat'
    await sim.create({ model: 'sora-2-pro', duration: 25, hd: true }, { key })
    expect(await used(key)).toBe(750_000)
  })

  it('still charges hailuo-02, whose price is not published (0.25 units)', async () => {
    const key = 'sk-sim-price-hailuo'
    await sim.create({ model: 'hailuo-02' }, { key })
    expect(await used(key)).toBe(125_000)
  })

  it('goes through the fault gate like the API reads', async () => {
    const res = await sim.get('/api/pricing', { scenario: 'faults=1; faultkinds=html502' })
    expect(res.status).toBe(502)
    await res.arrayBuffer()
  })
})

describe('relays without the routes (models=, pricing=)', () => {
  it.each([
    ['models', '/v1/models'],
    ['pricing', '/api/pricing'],
  ])('%s=404 answers new-api’s Invalid URL before auth', async (key, path) => {
    const res = await sim.get(path, { scenario: `${key}=404`, key: null })
    expect(res.status).toBe(404)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await json<ErrorBody>(res)).toEqual({
      error: { message: `Invalid URL (GET ${path})`, type: 'invalid_request_error', code: '' },
    })
  })

  it.each([
    ['models', '/v1/models'],
    ['pricing', '/api/pricing'],
  ])('%s=html answers a stock new-api’s 200 web page', async (key, path) => {
    const res = await sim.get(path, { scenario: `${key}=html` })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await res.text()).toContain('<title>New API</title>')
  })

  it('takes them relay-wide from defaults and the CLI; a header can restore them', async () => {
    expect(parseCliArgs(['--pricing=404', '--models', 'html']).defaults).toEqual({
      pricing: '404',
      models: 'html',
    })
    const bare = await startHarness({ defaults: { pricing: '404', models: 'html' } })
    try {
      expect((await bare.get('/api/pricing')).status).toBe(404)
      const models = await bare.get('/v1/models')
      expect(models.headers.get('content-type')).toMatch(/^text\/html/)
      await models.arrayBuffer()
      expect((await bare.get('/api/pricing', { scenario: 'pricing=yes' })).status).toBe(200)
      // The rest of the relay is unaffected.
      expect((await bare.get('/v1/token/quota')).status).toBe(200)
    } finally {
      await bare.close()
    }
  })
})
