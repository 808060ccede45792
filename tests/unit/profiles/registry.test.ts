import { describe, expect, it } from 'vitest'
import { BUILT_IN_MODELS, profileFor } from '../../../src/profiles/registry.ts'

/** Example ids of each family the app knows, with their profile. */
const KNOWN_MODELS = [
  ...BUILT_IN_MODELS,
  'veo3',
  'veo3-fast',
  'veo3-frames',
  'veo3-components',
  'veo3-4k',
  'veo2',
  'veo2-fast-frames',
  'grok-video-3',
  'wan2.5-i2v',
  'wan2.2-t2v',
].map((id) => ({ id, profile: profileFor(id) }))

describe('profileFor', () => {
  it.each([
    ['sora-2', 'sora'],
    ['sora-2-pro', 'sora'],
    ['veo3', 'veo'],
    ['veo3-fast', 'veo'],
    ['veo3-4k', 'veo'],
    ['veo2', 'veo'],
    ['veo3-frames', 'veo-frames'],
    ['veo2-fast-frames', 'veo-frames'],
    ['veo3-components', 'veo-components'],
    ['grok-video-3', 'grok'],
    ['wan2.5-i2v', 'wan'],
    ['wan2.2-t2v', 'wan-t2v'],
    ['wan2.1-t2v-plus', 'wan-t2v'],
    // unknown ids, and near misses, get the generic profile
    ['sora-3', 'generic'],
    ['veo1', 'generic'],
    ['grok-3', 'generic'],
    ['luma-ray-2', 'generic'],
    ['kling-v2-master', 'kling'],
    ['doubao-seedance-1-0-pro-250528', 'seedance'],
    ['', 'generic'],
  ])('%j → %s', (model, profile) => {
    expect(profileFor(model).id).toBe(profile)
  })
})

describe('the model lists', () => {
  it('offer Sora 2 built in; the relay adds the rest', () => {
    expect(BUILT_IN_MODELS).toStrictEqual(['sora-2', 'sora-2-pro'])
  })

  it('know an example of every family, none of them generic', () => {
    expect(KNOWN_MODELS.every((m) => m.profile.id !== 'generic')).toBe(true)
    expect(new Set(KNOWN_MODELS.map((m) => m.profile.id))).toStrictEqual(
      new Set(['sora', 'veo', 'veo-frames', 'veo-components', 'grok', 'wan', 'wan-t2v']),
    )
  })
})

describe('a profile’s frame aspect', () => {
  it.each([
    ['sora-2', {}, '16:9'],
    ['veo3', { aspect: '9:16' }, '9:16'],
    ['veo3-frames', { aspect: 'auto' }, 'auto'],
    ['grok-video-3', { aspect: '16:9' }, '3:2'],
    ['wan2.5-i2v', { aspect: '1:1' }, '1:1'],
    ['luma-ray-2', { aspect: '9:16' }, '16:9'],
  ])('%s %j → %s', (model, values, aspect) => {
    expect(profileFor(model).frameOf({ ...values, model }).aspect).toBe(aspect)
  })
})
