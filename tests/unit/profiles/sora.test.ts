import { describe, expect, it } from 'vitest'
import { buildBody } from '../../../src/profiles/buildBody.ts'
import { profileFor } from '../../../src/profiles/registry.ts'
import type { FieldValues } from '../../../src/profiles/types.ts'

const image = 'data:image/jpeg;base64,aW1hZ2U='

describe('the Sora 2 profile', () => {
  it.each<[string, string, FieldValues, string[], Record<string, unknown>]>([
    [
      'defaults: 16:9, "10" as a string, no HD on sora-2',
      'sora-2',
      {},
      [],
      { model: 'sora-2', prompt: 'a cat', aspect_ratio: '16:9', duration: '10' },
    ],
    [
      'HD is never sent for sora-2, even when on',
      'sora-2',
      { aspect: '9:16', duration: 15, hd: true },
      [image],
      {
        model: 'sora-2',
        prompt: 'a cat',
        aspect_ratio: '9:16',
        duration: '15',
        images: [image],
      },
    ],
    [
      'sora-2-pro defaults send hd: false',
      'sora-2-pro',
      {},
      [],
      { model: 'sora-2-pro', prompt: 'a cat', aspect_ratio: '16:9', duration: '10', hd: false },
    ],
    [
      'sora-2-pro with HD and 25 s',
      'sora-2-pro',
      { aspect: '16:9', duration: 25, hd: true },
      [],
      { model: 'sora-2-pro', prompt: 'a cat', aspect_ratio: '16:9', duration: '25', hd: true },
    ],
    [
      "values it does not allow (Veo's 'auto', Grok's 5 s) go back to the defaults",
      'sora-2',
      { aspect: 'auto', duration: 5, enhancePrompt: true },
      [],
      { model: 'sora-2', prompt: 'a cat', aspect_ratio: '16:9', duration: '10' },
    ],
  ])('%s', (_, model, values, images, expected) => {
    expect(buildBody(profileFor(model), model, 'a cat', values, images)).toStrictEqual(expected)
  })

  it('remixes', () => {
    expect(profileFor('sora-2').remix).toBe(true)
  })
})
