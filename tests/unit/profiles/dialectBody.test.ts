import { describe, expect, it } from 'vitest'
import { bodyFor } from '../../../src/profiles/dialectBody.ts'
import { frameOfBody } from '../../../src/profiles/readBody.ts'
import type { CreateTaskBody } from '../../../src/api/types.ts'

const PNG = 'data:image/png;base64,iVBORw0KGgo='
const as = (dialect: 'v2' | 'openai' | 'newapi', body: CreateTaskBody) =>
  bodyFor(dialect, body, frameOfBody(body))

describe('one request in each dialect’s wire form', () => {
  const sora: CreateTaskBody = {
    model: 'sora-2',
    prompt: 'a heron',
    aspect_ratio: '9:16',
    duration: '15',
    images: [PNG],
  }

  it('the guide’s: as the composer built it', () => {
    expect(as('v2', sora)).toBe(sora)
  })

  it('OpenAI’s: a form with seconds as a string, Sora’s size, the image as an input_reference file', async () => {
    const form = as('openai', sora)
    expect(form).toBeInstanceOf(FormData)
    const f = form as FormData
    expect(f.get('seconds')).toBe('15')
    expect(f.get('size')).toBe('720x1280')
    expect(f.get('images')).toBeNull()
    const file = f.get('input_reference') as File
    expect([file.type, file.name]).toEqual(['image/png', 'reference.png'])
    expect([...new Uint8Array(await file.arrayBuffer())].slice(0, 4)).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ])
    expect(JSON.parse(f.get('metadata') as string)).toEqual({ aspect_ratio: '9:16' })
  })

  it('OpenAI’s without an image, or with a link: JSON; sora-2-pro HD is 1792x1024', () => {
    expect(as('openai', { model: 'sora-2-pro', prompt: 'p', hd: true })).toEqual({
      model: 'sora-2-pro',
      prompt: 'p',
      seconds: '10',
      size: '1792x1024',
      metadata: { hd: true },
    })
    expect(
      as('openai', { model: 'veo3-fast', prompt: 'p', images: ['https://img.example/a.png'] }),
    ).toMatchObject({ input_reference: 'https://img.example/a.png', size: '1280x720' })
  })

  it('a family whose adaptor reads no file part goes on /v1/videos as on /v1/video/generations: the same handler reads both', () => {
    const grok = { model: 'grok-video-3', prompt: 'p', images: ['https://img.example/a.png'] }
    expect(as('openai', grok)).toEqual(as('newapi', grok))
    expect(as('openai', grok)).toMatchObject({ images: ['https://img.example/a.png'] })
    const kling = { model: 'kling-v2-master', prompt: 'p', duration: 10, images: [PNG] }
    // Kling's adaptor ignores a JSON `seconds`: the length goes as `duration`, the frame as `image`.
    expect(as('openai', kling)).toEqual({
      model: 'kling-v2-master',
      prompt: 'p',
      image: PNG,
      duration: 10,
      metadata: {},
    })
  })

  it('new-api’s: images, duration as a number, size, the family’s own fields in metadata', () => {
    expect(as('newapi', sora)).toEqual({
      model: 'sora-2',
      prompt: 'a heron',
      images: [PNG],
      duration: 15,
      size: '720x1280',
      metadata: { aspect_ratio: '9:16' },
    })
  })

  it('a model no profile knows (the generic one) goes out on every dialect', () => {
    const body = { model: 'luma-ray-2', prompt: 'p', style: 'film' }
    expect(as('newapi', body)).toEqual({
      model: 'luma-ray-2',
      prompt: 'p',
      metadata: { style: 'film' },
    })
    expect(as('openai', body)).toEqual({
      model: 'luma-ray-2',
      prompt: 'p',
      metadata: { style: 'film' },
    })
  })

  it('new-api’s documented generic fields (width, height, fps, seed, n) go at the top level as well as in metadata, where its adaptors read them', () => {
    const body = {
      model: 'luma-ray-2',
      prompt: 'p',
      images: [PNG],
      width: 1280,
      height: 720,
      fps: 24,
      seed: 7,
      n: 1,
      style: 'film',
    }
    const fields = { width: 1280, height: 720, fps: 24, seed: 7, n: 1 }
    expect(as('newapi', body)).toEqual({
      ...fields,
      model: 'luma-ray-2',
      prompt: 'p',
      images: [PNG],
      metadata: { ...fields, style: 'film' },
    })
    // A value that is no whole number stays where the user put it, in metadata only.
    expect(as('newapi', { model: 'luma-ray-2', prompt: 'p', fps: '24' })).toEqual({
      model: 'luma-ray-2',
      prompt: 'p',
      metadata: { fps: '24' },
    })
  })

  it('Kling on new-api: the first frame as `image` (its adaptor ignores `images`), the last as metadata.image_tail, no size', () => {
    const body = {
      model: 'kling-v2-master',
      prompt: 'p',
      aspect_ratio: '9:16',
      duration: 10,
      mode: 'pro',
      images: [PNG, 'data:image/png;base64,AAAA'],
    }
    expect(as('newapi', body)).toEqual({
      model: 'kling-v2-master',
      prompt: 'p',
      image: PNG,
      duration: 10,
      metadata: { aspect_ratio: '9:16', mode: 'pro', image_tail: 'data:image/png;base64,AAAA' },
    })
  })

  it('Seedance on new-api: `seconds` as a string (a top-level duration is not sent on), ratio and resolution in metadata', () => {
    const body = {
      model: 'doubao-seedance-1-0-pro-250528',
      prompt: 'p',
      ratio: '9:16',
      duration: 10,
      resolution: '1080p',
      camera_fixed: true,
    }
    expect(as('newapi', body)).toEqual({
      model: 'doubao-seedance-1-0-pro-250528',
      prompt: 'p',
      seconds: '10',
      metadata: { ratio: '9:16', resolution: '1080p', camera_fixed: true },
    })
    expect(as('openai', body)).toMatchObject({ seconds: '10' })
    expect(as('openai', body)).not.toHaveProperty('size')
  })
})
