import { describe, expect, it } from 'vitest'
import { useComposerStore } from '../../../src/features/composer/composerStore.ts'
import { reloadWith } from '../../fixtures/stores.ts'

const load = (stored: unknown) => reloadWith(useComposerStore, stored)

describe('the composer store, version 2', () => {
  it('carries a version 1 draft forward: the current and the remembered values in one map', async () => {
    // Exactly as version 1 stored it.
    const state = await load({
      state: {
        model: 'grok-video-3',
        values: { aspect: '2:3', duration: 15, resolution: '1080P' },
        remembered: { 'sora-2-pro': { aspect: '9:16', duration: 25, hd: true } },
        extra: { 'hailuo-02': '{"seed": 7}' },
        prompt: 'Half-written idea',
        recent: ['A cat', 'A dog'],
      },
      version: 1,
    })
    expect(state).toStrictEqual({
      reusedImagesMissing: null,
      model: 'grok-video-3',
      valuesByModel: {
        'grok-video-3': { aspect: '2:3', duration: 15, resolution: '1080P' },
        'sora-2-pro': { aspect: '9:16', duration: 25, hd: true },
      },
      extra: { 'hailuo-02': '{"seed": 7}' },
      prompt: 'Half-written idea',
      recent: ['A cat', 'A dog'],
    })
  })

  it('keeps what has the right shape from damaged storage, and defaults the rest', async () => {
    const state = await load({
      state: {
        model: 42,
        valuesByModel: { 'sora-2': { aspect: '9:16', duration: { n: 10 }, hd: null }, veo3: 'x' },
        extra: { a: '{}', b: 3 },
        prompt: ['no'],
        recent: ['A cat', 7, null],
      },
      version: 2,
    })
    expect(state).toStrictEqual({
      reusedImagesMissing: null,
      model: 'sora-2',
      valuesByModel: { 'sora-2': { aspect: '9:16' }, veo3: {} },
      extra: { a: '{}' },
      prompt: '',
      recent: ['A cat'],
    })
  })

  it('starts afresh from storage that is not JSON', async () => {
    const state = await load('{"state":')
    expect(state.model).toBe('sora-2')
    expect(state.valuesByModel).toEqual({})
  })
})
