import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalizeModels } from '../../../src/api/normalize.ts'
import { normalizePricing } from '../../../src/api/pricing.ts'
import {
  listedIds,
  offeredByDefault,
  videoHint,
  type Catalog,
} from '../../../src/features/models/catalog.ts'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/dialects/${name}`, 'utf8'))

// What a real new-api lists (tests/fixtures/dialects/SOURCES.md): only a Sora channel says
// `openai-video`; Kling and Doubao carry the chat models' default `["openai"]`, Vertex's Veo
// `["gemini","openai"]`.
const ids = ['sora-2', 'kling-v1', 'veo-3.0-generate-001', 'gpt-4o-mini', 'hailuo-02', 'my-model']
const prices = Object.fromEntries(
  normalizePricing(fixture('derived-api-pricing-video-entries.json')).map((p) => [p.id, p]),
)
const priced: Catalog = {
  ids,
  prices: {
    ...prices,
    'gpt-4o-mini': { id: 'gpt-4o-mini', video: false, perRequest: null },
    'hailuo-02': { id: 'hailuo-02', video: false, perRequest: null },
    'my-model': { id: 'my-model', video: false, perRequest: null },
  },
  unavailable: null,
}

// The same relay seen from a browser: `/api/pricing` sends no CORS headers, `/v1/models` does
// and carries the same endpoint types.
const { hints } = normalizeModels({
  success: true,
  object: 'list',
  data: [
    { id: 'sora-2', supported_endpoint_types: ['openai-video'] },
    { id: 'kling-v1', supported_endpoint_types: ['openai'] },
    { id: 'veo-3.0-generate-001', supported_endpoint_types: ['gemini', 'openai'] },
    { id: 'gpt-4o-mini', supported_endpoint_types: ['openai'] },
    { id: 'hailuo-02', supported_endpoint_types: ['openai'] },
    { id: 'my-model', supported_endpoint_types: ['openai'] },
  ],
})
const listedOnly: Catalog = { ids, prices: null, hints, unavailable: null }

describe.each([
  ['its price list', priced],
  ['its model list alone', listedOnly],
])('a real new-api relay, read from %s', (_from, catalog) => {
  it('offers a family a profile knows although the relay lists it as a chat endpoint', () => {
    expect(videoHint('kling-v1', catalog)).toBe(true)
    expect(offeredByDefault([], catalog)).toEqual(['sora-2', 'sora-2-pro', 'kling-v1'])
  })

  it('hides a chat model, but lists an unknown id named as a video model without offering it', () => {
    expect(videoHint('gpt-4o-mini', catalog)).toBe(false)
    expect(videoHint('hailuo-02', catalog)).toBeNull()
    // Vertex's naming, which no profile reads (its fields are not the relays' veo3 ones).
    expect(videoHint('veo-3.0-generate-001', catalog)).toBeNull()
    expect(listedIds(catalog)).toEqual(['sora-2', 'kling-v1', 'veo-3.0-generate-001', 'hailuo-02'])
  })
})

it('an unknown id the relay puts on its video endpoint is offered', () => {
  const catalog: Catalog = {
    ids: ['studio-x'],
    prices: null,
    hints: { 'studio-x': { video: true, openaiVideo: true } },
    unavailable: null,
  }
  expect(offeredByDefault([], catalog)).toContain('studio-x')
})
