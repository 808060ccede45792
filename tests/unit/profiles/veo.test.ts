import { describe, expect, it } from 'vitest'
import { buildBody } from '../../../src/profiles/buildBody.ts'
import { profileFor } from '../../../src/profiles/registry.ts'
import type { FieldValues } from '../../../src/profiles/types.ts'

const first = 'data:image/jpeg;base64,Zmlyc3Q='
const last = 'data:image/jpeg;base64,bGFzdA=='
const third = 'data:image/png;base64,dGhpcmQ='

describe('the Veo profiles', () => {
  it.each<[string, string, FieldValues, string[], Record<string, unknown>]>([
    [
      'defaults: 16:9, no enhancement, no upsampling, and never a duration',
      'veo3',
      {},
      [],
      {
        model: 'veo3',
        prompt: 'a cat',
        aspect_ratio: '16:9',
        enhance_prompt: false,
        enable_upsample: false,
      },
    ],
    [
      'every field set',
      'veo3-fast',
      { aspect: '9:16', enhancePrompt: true, upsample: true },
      [first],
      {
        model: 'veo3-fast',
        prompt: 'a cat',
        aspect_ratio: '9:16',
        enhance_prompt: true,
        enable_upsample: true,
        images: [first],
      },
    ],
    [
      "'From the image' leaves aspect_ratio out",
      'veo3',
      { aspect: 'auto' },
      [first],
      {
        model: 'veo3',
        prompt: 'a cat',
        enhance_prompt: false,
        enable_upsample: false,
        images: [first],
      },
    ],
    [
      'a -4k id never sends enable_upsample, even when it was on',
      'veo3-4k',
      { aspect: '16:9', upsample: true },
      [],
      { model: 'veo3-4k', prompt: 'a cat', aspect_ratio: '16:9', enhance_prompt: false },
    ],
    [
      'a -frames id sends the first and the last frame, in order',
      'veo3-frames',
      { aspect: 'auto', enhancePrompt: true },
      [first, last],
      {
        model: 'veo3-frames',
        prompt: 'a cat',
        enhance_prompt: true,
        enable_upsample: false,
        images: [first, last],
      },
    ],
    [
      'a -components id sends up to three references',
      'veo3-components',
      { aspect: '9:16' },
      [first, last, third],
      {
        model: 'veo3-components',
        prompt: 'a cat',
        aspect_ratio: '9:16',
        enhance_prompt: false,
        enable_upsample: false,
        images: [first, last, third],
      },
    ],
    [
      "Veo 2, with other families' values (no 1:1, duration or HD here): defaults, nothing extra",
      'veo2-fast-frames',
      { aspect: '1:1', duration: 15, hd: true, resolution: '1080P' },
      [],
      {
        model: 'veo2-fast-frames',
        prompt: 'a cat',
        aspect_ratio: '16:9',
        enhance_prompt: false,
        enable_upsample: false,
      },
    ],
  ])('%s', (_, model, values, images, expected) => {
    expect(buildBody(profileFor(model), model, '  a cat \n', values, images)).toStrictEqual(
      expected,
    )
  })

  it.each([
    ['veo3', 1, 'references'],
    ['veo3-fast', 1, 'references'],
    ['veo3-4k', 1, 'references'],
    ['veo2', 1, 'references'],
    ['veo3-components', 3, 'references'],
    ['veo3-frames', 2, 'frames'],
    ['veo2-fast-frames', 2, 'frames'],
  ])('%s takes %i image(s) as %s, uploaded as data', (model, max, slots) => {
    expect(profileFor(model).images).toStrictEqual({ max, accepts: 'data', slots })
    expect(profileFor(model).remix).toBe(false)
  })

  it('has no duration field, and says why upsampling is off on 4K models', () => {
    const profile = profileFor('veo3-4k')
    expect(profile.fields.map((f) => f.key)).toStrictEqual(['aspect', 'enhancePrompt', 'upsample'])
    const upsample = profile.fields.find((f) => f.key === 'upsample')
    expect(upsample?.disabled?.({ model: 'veo3-4k' })).toBe('profile.upsample4k')
    expect(upsample?.disabled?.({ model: 'veo3' })).toBeNull()
  })
})
