import { describe, expect, it } from 'vitest'
import { chooseDialect } from '../../../src/features/settings/relayDialects.ts'

const ALL = ['v2', 'openai', 'newapi'] as const
const text = (model: string) => ({ model, prompt: 'p' })
const withImages = (model: string, n: number) => ({
  ...text(model),
  images: Array(n).fill('data:'),
})

describe('chooseDialect: the dialect a request goes out in', () => {
  it('the user’s choice wins', () => {
    expect(chooseDialect(text('sora-2'), ALL, 'newapi')).toBe('newapi')
  })

  it('where the guide’s is spoken, it (the contract, what the app always sent); else the price list’s openai-video', () => {
    expect(chooseDialect(text('veo3-fast'), ALL)).toBe('v2')
    expect(chooseDialect(text('veo3-fast'), ALL, 'auto', { video: true, openaiVideo: true })).toBe(
      'v2',
    )
    expect(
      chooseDialect(text('veo3-fast'), ['openai', 'newapi'], 'auto', {
        video: true,
        openaiVideo: true,
      }),
    ).toBe('openai')
    expect(chooseDialect(text('veo3-fast'), ['openai', 'newapi'])).toBe('newapi')
  })

  it('a relay offering only /v1/videos: OpenAI’s, no choice made', () => {
    expect(chooseDialect(text('sora-2'), ['openai'])).toBe('openai')
    expect(chooseDialect(text('grok-video-3'), ['openai'])).toBe('openai')
  })

  it('new-api (both of its routes): Sora on /v1/videos, other families on /v1/video/generations', () => {
    expect(chooseDialect(text('sora-2'), ['openai', 'newapi'])).toBe('openai')
    expect(chooseDialect(text('kling-v2'), ['openai', 'newapi'])).toBe('newapi')
  })

  it('more reference images than OpenAI’s one input_reference: a dialect that carries them', () => {
    expect(chooseDialect(withImages('sora-2', 3), ['openai', 'newapi'])).toBe('newapi')
    const price = { id: 'sora-2', video: true, perRequest: 1, openaiVideo: true as const }
    expect(chooseDialect(withImages('sora-2', 3), ['openai', 'newapi'], 'auto', price)).toBe(
      'newapi',
    )
  })

  it('nothing found: the guide’s, and the relay’s answer says the rest', () => {
    expect(chooseDialect(text('sora-2'), [])).toBe('v2')
  })

  it('a family whose adaptor reads no file part has its images in JSON on /v1/videos too', () => {
    const listed = { video: true, openaiVideo: true as const }
    const both = ['openai', 'newapi'] as const
    expect(chooseDialect(withImages('kling-v2-master', 2), both, 'auto', listed)).toBe('openai')
    expect(chooseDialect(withImages('kling-v2-master', 2), both)).toBe('newapi')
    expect(chooseDialect(withImages('kling-v2-master', 2), ['openai'])).toBe('openai')
    // Sora's one input_reference file: two images go where both are carried.
    expect(chooseDialect(withImages('sora-2', 1), both, 'auto', listed)).toBe('openai')
    expect(chooseDialect(withImages('sora-2', 2), both, 'auto', listed)).toBe('newapi')
  })
})
