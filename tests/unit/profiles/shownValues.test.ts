import { describe, expect, it } from 'vitest'
import { shownValues } from '../../../src/profiles/shownValues.ts'

describe('shownValues: a request in the form’s words, defaults left out', () => {
  it('Sora: the chosen aspect and duration by their labels; the defaults not at all', () => {
    expect(
      shownValues({ model: 'sora-2', prompt: 'p', aspect_ratio: '9:16', duration: '15' }),
    ).toEqual([
      { kind: 'choice', label: 'composer.aspect', option: 'composer.aspect.portrait' },
      { kind: 'choice', label: 'composer.duration', option: 'composer.seconds', params: { n: 15 } },
    ])
    expect(
      shownValues({
        model: 'sora-2-pro',
        prompt: 'p',
        aspect_ratio: '16:9',
        duration: '10',
        hd: false,
      }),
    ).toEqual([])
  })

  it('with defaults (takes read side by side): every field, sent or not, with the value it took', () => {
    const sent = shownValues(
      { model: 'sora-2', prompt: 'p', aspect_ratio: '9:16' },
      { withDefaults: true },
    )
    const unsent = shownValues({ model: 'sora-2', prompt: 'p' }, { withDefaults: true })
    expect(sent.map((v) => v.kind === 'choice' && v.label)).toEqual([
      'composer.aspect',
      'composer.duration',
    ])
    expect(unsent.map((v) => v.kind === 'choice' && v.label)).toEqual([
      'composer.aspect',
      'composer.duration',
    ])
    expect(sent[0]).toMatchObject({ option: 'composer.aspect.portrait' })
    expect(unsent[0]).not.toMatchObject({ option: 'composer.aspect.portrait' })
  })

  it('Veo: a toggle turned on is "on"; a field no profile field wrote keeps its wire name', () => {
    expect(
      shownValues({
        model: 'veo3-frames',
        prompt: 'p',
        images: ['data:'],
        aspect_ratio: '16:9',
        enhance_prompt: false,
        enable_upsample: true,
        seed: 7,
      }),
    ).toEqual([
      { kind: 'toggle', label: 'profile.upsample', on: true },
      { kind: 'raw', field: 'seed', value: 7 },
    ])
  })

  it('an unknown model: every field it sent, under its own name', () => {
    expect(shownValues({ model: 'luma-ray-2', prompt: 'p', resolution: '1080p' })).toEqual([
      { kind: 'raw', field: 'resolution', value: '1080p' },
    ])
  })
})
