import { describe, expect, it } from 'vitest'
import { buildBody } from '../../../src/profiles/buildBody.ts'
import { profileFor } from '../../../src/profiles/registry.ts'

describe('the generic profile', () => {
  it('sends only the model, the prompt and the images, whatever the form holds', () => {
    const image = 'data:image/png;base64,aW1hZ2U='
    expect(
      buildBody(
        profileFor('luma-ray-2'),
        'luma-ray-2',
        ' a cat ',
        { aspect: '9:16', duration: 15, hd: true, upsample: true },
        [image],
      ),
    ).toStrictEqual({ model: 'luma-ray-2', prompt: 'a cat', images: [image] })
    expect(buildBody(profileFor('luma-ray-2'), 'luma-ray-2', 'a cat', {}, [])).toStrictEqual({
      model: 'luma-ray-2',
      prompt: 'a cat',
    })
  })
})
