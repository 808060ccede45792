import { describe, expect, it } from 'vitest'
import { fieldsChangedBySwitch, valuesForSwitch } from '../../../src/profiles/switching.ts'
import type { FieldValues } from '../../../src/profiles/types.ts'

const sora: FieldValues = { aspect: '16:9', duration: 10 }

/** A switch as the composer makes it: the new values, and what changed. */
function switchTo(from: string, values: FieldValues, to: string, remembered?: FieldValues) {
  const next = valuesForSwitch(from, values, to, remembered)
  return { next, changes: fieldsChangedBySwitch(from, values, to, next) }
}

describe('switching model', () => {
  it('sora 16:9 / 10 s → veo: the aspect carries over, the duration is removed', () => {
    expect(switchTo('sora-2', sora, 'veo3')).toStrictEqual({
      next: { aspect: '16:9', enhancePrompt: false, upsample: false },
      changes: [{ kind: 'removed', field: 'composer.duration' }],
    })
  })

  it('sora 16:9 / 10 s → grok: the aspect goes back to 3:2, the 10 s is kept', () => {
    expect(switchTo('sora-2', sora, 'grok-video-3')).toStrictEqual({
      next: { aspect: '3:2', duration: 10, resolution: '720P' },
      changes: [{ kind: 'reset', field: 'composer.aspect', to: '3:2' }],
    })
  })

  it('sora 25 s → wan: the duration goes back to 5 s', () => {
    expect(switchTo('sora-2-pro', { aspect: '9:16', duration: 25 }, 'wan2.5-i2v')).toStrictEqual({
      next: { aspect: '9:16', duration: 5 },
      changes: [{ kind: 'reset', field: 'composer.duration', to: 5 }],
    })
  })

  it('HD on sora-2-pro → veo: HD is removed (with the duration)', () => {
    expect(switchTo('sora-2-pro', { ...sora, hd: true }, 'veo3')).toStrictEqual({
      next: { aspect: '16:9', enhancePrompt: false, upsample: false },
      changes: [
        { kind: 'removed', field: 'composer.duration' },
        { kind: 'removed', field: 'composer.hd' },
      ],
    })
  })

  it('a toggle that was off (or disabled, as HD on sora-2) is not reported removed', () => {
    expect(switchTo('sora-2', { ...sora, hd: true }, 'veo3').changes).toStrictEqual([
      { kind: 'removed', field: 'composer.duration' },
    ])
  })

  it("HD on sora-2-pro → sora-2: HD is turned off, as sora-2 can't", () => {
    expect(switchTo('sora-2-pro', { ...sora, hd: true }, 'sora-2')).toStrictEqual({
      next: { aspect: '16:9', duration: 10, hd: false },
      changes: [],
    })
  })

  it('upsampling on veo3 → veo3-4k: turned off, as 4K models need none', () => {
    const next = valuesForSwitch('veo3', { aspect: '9:16', upsample: true }, 'veo3-4k')
    expect(next).toStrictEqual({ aspect: '9:16', enhancePrompt: false, upsample: false })
  })

  it('values remembered for the new model win over the current ones', () => {
    expect(
      switchTo('sora-2', sora, 'grok-video-3', {
        aspect: '1:1',
        duration: 15,
        resolution: '1080P',
      }),
    ).toStrictEqual({
      next: { aspect: '1:1', duration: 15, resolution: '1080P' },
      changes: [
        { kind: 'reset', field: 'composer.aspect', to: '1:1' },
        { kind: 'reset', field: 'composer.duration', to: 15 },
      ],
    })
  })

  it('remembered values that are no longer valid are ignored', () => {
    expect(
      valuesForSwitch('sora-2', sora, 'grok-video-3', { aspect: '4:3', duration: '15' }),
    ).toStrictEqual({ aspect: '3:2', duration: 10, resolution: '720P' })
  })

  it("veo 'From the image' → sora: back to 16:9; veo-only toggles are removed when on", () => {
    expect(
      switchTo('veo3-frames', { aspect: 'auto', enhancePrompt: true, upsample: false }, 'sora-2'),
    ).toStrictEqual({
      next: { aspect: '16:9', duration: 10, hd: false },
      changes: [
        { kind: 'reset', field: 'composer.aspect', to: '16:9' },
        { kind: 'removed', field: 'profile.enhancePrompt' },
      ],
    })
  })

  it('between two models of one profile nothing changes; to an unknown model, all is removed', () => {
    expect(switchTo('veo3', { aspect: '9:16' }, 'veo2')).toStrictEqual({
      next: { aspect: '9:16', enhancePrompt: false, upsample: false },
      changes: [],
    })
    expect(switchTo('grok-video-3', {}, 'luma-ray-2')).toStrictEqual({
      next: {},
      changes: [
        { kind: 'removed', field: 'composer.aspect' },
        { kind: 'removed', field: 'composer.duration' },
        { kind: 'removed', field: 'profile.resolution' },
      ],
    })
  })

  it('from stale values: only what the old form showed is carried over', () => {
    // the store still holds a Grok duration of 5 s while Veo is chosen: it is not carried to Sora
    expect(valuesForSwitch('veo3', { duration: 5 }, 'sora-2')).toStrictEqual({
      aspect: '16:9',
      duration: 10,
      hd: false,
    })
  })
})
