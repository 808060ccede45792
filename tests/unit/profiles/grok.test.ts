import { describe, expect, it } from 'vitest'
import { buildBody } from '../../../src/profiles/buildBody.ts'
import { profileFor } from '../../../src/profiles/registry.ts'
import type { FieldValues } from '../../../src/profiles/types.ts'

const image = 'data:image/webp;base64,aW1hZ2U='
const model = 'grok-video-3'

describe('the Grok video profile', () => {
  it.each<[string, FieldValues, string[], Record<string, unknown>]>([
    [
      'defaults: 3:2, 10 s as a JSON number, 720P',
      {},
      [],
      { model, prompt: 'a cat', ratio: '3:2', duration: 10, resolution: '720P' },
    ],
    [
      'every field set, with an image',
      { aspect: '2:3', duration: 15, resolution: '1080P' },
      [image],
      {
        model,
        prompt: 'a cat',
        ratio: '2:3',
        duration: 15,
        resolution: '1080P',
        images: [image],
      },
    ],
    [
      'square, 5 s',
      { aspect: '1:1', duration: 5 },
      [],
      { model, prompt: 'a cat', ratio: '1:1', duration: 5, resolution: '720P' },
    ],
    [
      "values it does not allow (Sora's 16:9 and 25 s, HD, a 4K) go back to the defaults",
      { aspect: '16:9', duration: 25, hd: true, resolution: '4K' },
      [],
      { model, prompt: 'a cat', ratio: '3:2', duration: 10, resolution: '720P' },
    ],
    [
      "6 s (some relays' value) is not among the notes' 5 / 10 / 15: the default",
      { duration: 6 },
      [],
      { model, prompt: 'a cat', ratio: '3:2', duration: 10, resolution: '720P' },
    ],
    [
      'a duration given as a string is not an option: the default',
      { duration: '15' },
      [],
      { model, prompt: 'a cat', ratio: '3:2', duration: 10, resolution: '720P' },
    ],
  ])('%s', (_, values, images, expected) => {
    expect(buildBody(profileFor(model), model, 'a cat', values, images)).toStrictEqual(expected)
  })

  it('takes one image, uploaded as data, and no remix', () => {
    expect(profileFor(model).images).toStrictEqual({
      max: 1,
      accepts: 'data',
      slots: 'references',
    })
    expect(profileFor(model).remix).toBe(false)
  })
})
