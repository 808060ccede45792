import { describe, expect, it } from 'vitest'
import { buildBody } from '../../../src/profiles/buildBody.ts'
import { profileFor } from '../../../src/profiles/registry.ts'
import type { FieldValues } from '../../../src/profiles/types.ts'

const link = 'https://example.com/cat.jpg'

describe('the Wan profile', () => {
  it.each<[string, string, FieldValues, string[], Record<string, unknown>]>([
    [
      'defaults: 16:9, 5 s as a JSON number',
      'wan2.2-t2v',
      {},
      [],
      { model: 'wan2.2-t2v', prompt: 'a cat', ratio: '16:9', duration: 5 },
    ],
    [
      'an https link as the image',
      'wan2.5-i2v',
      { aspect: '9:16', duration: 10 },
      [link],
      { model: 'wan2.5-i2v', prompt: 'a cat', ratio: '9:16', duration: 10, images: [link] },
    ],
    [
      'square, the shortest duration',
      'wan2.5-i2v',
      { aspect: '1:1', duration: 2 },
      [],
      { model: 'wan2.5-i2v', prompt: 'a cat', ratio: '1:1', duration: 2 },
    ],
    [
      "values it does not allow (Grok's 3:2, 15 s, a resolution) go back to the defaults",
      'wan2.5-i2v',
      { aspect: '3:2', duration: 15, resolution: '1080P' },
      [],
      { model: 'wan2.5-i2v', prompt: 'a cat', ratio: '16:9', duration: 5 },
    ],
  ])('%s', (_, model, values, images, expected) => {
    expect(buildBody(profileFor(model), model, 'a cat', values, images)).toStrictEqual(expected)
  })

  it('offers every whole second from 2 to 10', () => {
    const duration = profileFor('wan2.5-i2v').fields.find((f) => f.key === 'duration')
    expect(duration?.kind === 'choice' && duration.options.map((o) => o.value)).toStrictEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10,
    ])
  })

  it('takes one https link of at least 240 px, and no remix', () => {
    expect(profileFor('wan2.5-i2v').images).toStrictEqual({
      max: 1,
      accepts: 'https',
      slots: 'references',
      minSide: 240,
    })
    expect(profileFor('wan2.5-i2v').remix).toBe(false)
  })
})
