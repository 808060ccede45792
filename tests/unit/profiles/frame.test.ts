import { describe, expect, it } from 'vitest'
import { buildBody } from '../../../src/profiles/buildBody.ts'
import { frameBox, frameRatio } from '../../../src/profiles/frame.ts'
import { frameOfBody } from '../../../src/profiles/readBody.ts'
import { profileFor } from '../../../src/profiles/registry.ts'

describe('frameBox', () => {
  it.each([
    ['16:9', false, 1280, 720],
    ['16:9', true, 1920, 1080],
    ['9:16', false, 720, 1280],
    ['9:16', true, 1080, 1920],
    // No fixed frame: a square bound with the frame's long side.
    ['1:1', false, 1280, 1280],
    ['1:1', true, 1920, 1920],
    ['2:3', false, 1280, 1280],
    ['4:3', true, 1920, 1920],
    ['', false, 1280, 1280],
    ['landscape', true, 1920, 1920],
  ])('%s hd=%s → %i×%i', (aspect, hd, width, height) => {
    expect(frameBox({ aspect, hd })).toEqual({ width, height })
  })
})

describe('frameOf: the video each family’s form asks for', () => {
  it.each([
    ['sora-2', {}, { aspect: '16:9', hd: false, seconds: 10 }],
    // HD is sora-2-pro's alone: a stray hd on sora-2 is not sent, so its video is not 1080p
    [
      'sora-2',
      { hd: true, aspect: '9:16', duration: 15 },
      { aspect: '9:16', hd: false, seconds: 15 },
    ],
    ['sora-2-pro', { hd: true, duration: 25 }, { aspect: '16:9', hd: true, seconds: 25 }],
    ['veo3', { upsample: true }, { aspect: '16:9', hd: true, seconds: null }],
    ['veo3-frames', { aspect: 'auto' }, { aspect: 'auto', hd: false, seconds: null }],
    // a -4k id never sends the upsample toggle
    ['veo3-4k', { upsample: true }, { aspect: '16:9', hd: false, seconds: null }],
    [
      'grok-video-3',
      { resolution: '1080P', aspect: '2:3', duration: 15 },
      { aspect: '2:3', hd: true, seconds: 15 },
    ],
    ['grok-video-3', {}, { aspect: '3:2', hd: false, seconds: 10 }],
    ['wan2.5-i2v', { aspect: '1:1', duration: 7 }, { aspect: '1:1', hd: false, seconds: 7 }],
    ['hailuo-02', {}, { aspect: '16:9', hd: false, seconds: null }],
    // an unknown model: the shape and length typed in its extra fields, where readable
    ['hailuo-02', { aspect_ratio: '9:16', duration: 6 }, { aspect: '9:16', hd: false, seconds: 6 }],
    ['luma-ray-2', { ratio: '1:1', duration: '5' }, { aspect: '1:1', hd: false, seconds: 5 }],
    [
      'luma-ray-2',
      { aspect_ratio: 'tall', duration: true },
      { aspect: '16:9', hd: false, seconds: null },
    ],
  ])('%s %j → %j', (model, values, frame) => {
    expect(profileFor(model).frameOf({ ...values, model })).toStrictEqual(frame)
  })
})

describe('frameOfBody: a stored body read back through its profile', () => {
  it.each([
    ['sora-2-pro', { aspect: '9:16', duration: 15, hd: true }],
    ['sora-2', { aspect: '16:9', duration: 25 }],
    ['veo3', { aspect: '9:16', upsample: true, enhancePrompt: true }],
    ['veo3-4k', { aspect: '16:9' }],
    ['grok-video-3', { aspect: '1:1', duration: 5, resolution: '1080P' }],
    ['wan2.2-t2v', { aspect: '9:16', duration: 3 }],
    ['hailuo-02', {}],
  ])('%s %j: the frame the form asked for', (model, values) => {
    const profile = profileFor(model)
    const body = buildBody(profile, model, 'a cat', values, [])
    expect(frameOfBody(body)).toStrictEqual(profile.frameOf({ ...values, model }))
  })

  it('reads an unknown model’s frame from the extra fields it sent', () => {
    const profile = profileFor('hailuo-02')
    const body = buildBody(profile, 'hailuo-02', 'a cat', {}, [], { aspect_ratio: '9:16', seed: 7 })
    expect(frameOfBody(body)).toStrictEqual({ aspect: '9:16', hd: false, seconds: null })
  })
})

describe('frameRatio', () => {
  it.each([
    ['16:9', 16 / 9],
    ['9:16', 9 / 16],
    ['2:3', 2 / 3],
    ['1:1', 1],
    ['auto', null],
    ['', null],
    ['0:9', null],
    ['16:0', null],
    ['wide', null],
  ])('%s → %s', (aspect, ratio) => {
    expect(frameRatio({ aspect })).toBe(ratio)
  })
})
