import { describe, expect, it } from 'vitest'
import { normalizePricing } from '../../../src/api/pricing.ts'

const entry = (over: Record<string, unknown>) => ({
  model_name: 'veo3',
  quota_type: 1,
  model_price: 1,
  supported_endpoint_types: ['openai-video'],
  ...over,
})

describe('normalizePricing', () => {
  it('reads new-api’s shape: video hint, per-request price × the default group ratio', () => {
    expect(
      normalizePricing({
        success: true,
        data: [
          entry({}),
          entry({ model_name: 'gpt-4o-mini', quota_type: 0, supported_endpoint_types: ['openai'] }),
        ],
        group_ratio: { default: 2 },
      }),
    ).toStrictEqual([
      { id: 'veo3', video: true, perRequest: 2, openaiVideo: true },
      { id: 'gpt-4o-mini', video: false, perRequest: null },
    ])
  })

  it.each<[string, unknown]>([
    ['a bare array', [entry({})]],
    ['data wrapped once more', { data: { data: [entry({})] } }],
  ])('accepts %s', (_what, body) => {
    expect(normalizePricing(body)).toStrictEqual([
      { id: 'veo3', video: true, perRequest: 1, openaiVideo: true },
    ])
  })

  it('never trusts a field’s type: numeric strings count, junk is skipped, ids once', () => {
    expect(
      normalizePricing({
        data: [
          entry({ model_price: '0.5' }),
          entry({ model_name: 'veo3', model_price: 9 }),
          entry({ model_name: 'wan', supported_endpoint_types: 'video', model_price: -1 }),
          { model_price: 1 },
          'grok',
          null,
        ],
      }),
    ).toStrictEqual([
      { id: 'veo3', video: true, perRequest: 0.5, openaiVideo: true },
      { id: 'wan', video: null, perRequest: null },
    ])
  })

  it.each<[string, unknown]>([
    ['an HTML page', '<html></html>'],
    ['null', null],
    ['an object without data', { success: false, message: 'no' }],
  ])('gives nothing for %s', (_what, body) => {
    expect(normalizePricing(body)).toStrictEqual([])
  })
})
