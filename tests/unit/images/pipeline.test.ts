/**
 * The worker's job logic with a fake codec: jsdom has no createImageBitmap or OffscreenCanvas,
 * and what matters here is the decisions (what is decoded at which size, which qualities are
 * tried, what is answered), not the pixels. The fake encoder's output grows with the pixel
 * count and the quality, as real ones roughly do.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dataUrlChars, toDataUrl } from '../../../src/features/composer/images/dataUrl.ts'
import type { Size } from '../../../src/features/composer/images/fit.ts'
import { MAX_FILE_BYTES } from '../../../src/features/composer/images/limits.ts'
import {
  createJobHandler,
  runJob,
  type ImageCodec,
} from '../../../src/features/composer/images/pipeline.ts'
import { QUALITY_STEPS, scaledForBudget } from '../../../src/features/composer/images/plan.ts'
import type { ImageJob, WorkerAnswer } from '../../../src/features/composer/images/protocol.ts'
import {
  SOI,
  app0,
  concat,
  exifApp1,
  fixture,
  pngHeader,
  pngIdat,
  segment,
  sof,
  sos,
  vp8xHeader,
  withSegments,
} from './bytes.ts'

interface Surface {
  id: number
  width: number
  height: number
}

interface FakeOptions {
  /** What a full decode yields (the picture as displayed). */
  natural?: Size
  decodeFails?: boolean
  webp?: boolean
  /** Encoded bytes = overhead + width·height·quality·bpp. */
  bpp?: number
  overhead?: number
  /** The type the encoder really produces for a requested one. */
  produces?: (asked: string) => string
  /** Awaited by every decode: lets a test hold a job in flight. */
  gate?: () => Promise<void>
  /** A decoder that resizes in the wrong space: it swaps the requested size. */
  swapsResize?: boolean
}

function fakeCodec(opts: FakeOptions = {}) {
  let next = 0
  const live = new Map<number, Surface>()
  const calls = {
    decode: [] as (Size | undefined)[],
    draw: [] as { size: Size; flatten: boolean }[],
    encode: [] as { size: Size; type: string; quality: number }[],
  }
  const make = (size: Size): Surface => {
    const s = { id: ++next, width: size.width, height: size.height }
    live.set(s.id, s)
    return s
  }
  const codec: ImageCodec<Surface> = {
    async decode(_blob, size) {
      calls.decode.push(size)
      await opts.gate?.()
      if (opts.decodeFails) throw new Error('cannot decode')
      if (size) return make(opts.swapsResize ? { width: size.height, height: size.width } : size)
      return make(opts.natural ?? { width: 37, height: 23 })
    },
    sizeOf: (s) => ({ width: s.width, height: s.height }),
    draw(source, size, flatten) {
      expect(live.has(source.id)).toBe(true) // never draws from a released surface
      calls.draw.push({ size, flatten })
      return make(size)
    },
    encode(s, type, quality) {
      expect(live.has(s.id)).toBe(true)
      calls.encode.push({ size: { width: s.width, height: s.height }, type, quality })
      const n = Math.ceil((opts.overhead ?? 0) + s.width * s.height * quality * (opts.bpp ?? 1))
      return Promise.resolve(new Blob([new Uint8Array(n)], { type: opts.produces?.(type) ?? type }))
    },
    release(s) {
      live.delete(s.id)
    },
    supportsWebp: () => Promise.resolve(opts.webp ?? true),
  }
  return { codec, calls, live: () => live.size }
}

const blobOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>])

const job = (bytes: Uint8Array, more: Partial<ImageJob> = {}): ImageJob => ({
  id: 'job-1',
  blob: blobOf(bytes),
  maxWidth: 1280,
  maxHeight: 720,
  maxDataUrlChars: 900_000,
  ...more,
})

type Ok = Extract<WorkerAnswer, { ok: true }>

function expectOk(answer: WorkerAnswer): Ok {
  expect(answer).toMatchObject({ id: 'job-1', ok: true })
  if (!answer.ok) throw new Error(`failed: ${answer.reason}`)
  expect(answer.dataUrl.startsWith(`data:${answer.type};base64,`)).toBe(true)
  expect(answer.thumbnail).toMatch(/^data:image\/(jpeg|webp|png);base64,/)
  return answer
}

const bigPng = (w: number, h: number) => pngHeader(w, h, pngIdat)
const photo = fixture('photo.jpg') // 37×23, 1041 bytes

describe('runJob: sending the original', () => {
  it('a small JPEG within budget goes byte for byte; decoded only for the thumbnail', async () => {
    const f = fakeCodec()
    const a = expectOk(await runJob(job(photo), f.codec))
    expect(a).toMatchObject({ type: 'image/jpeg', width: 37, height: 23, bytes: photo.length })
    expect(a.dataUrl).toBe(toDataUrl('image/jpeg', photo))
    expect(a.downscaledForBudget).toBe(false)
    expect(a.thumbnail.startsWith('data:image/jpeg;base64,')).toBe(true)
    expect(f.calls.decode).toEqual([{ width: 37, height: 23 }])
    expect(f.calls.encode).toEqual([
      { size: { width: 37, height: 23 }, type: 'image/jpeg', quality: 0.7 },
    ])
    expect(f.live()).toBe(0)
  })

  it('a small WebP stays WebP', async () => {
    const webp = fixture('lossless.webp')
    const a = expectOk(await runJob(job(webp), fakeCodec().codec))
    expect(a).toMatchObject({ type: 'image/webp', width: 37, height: 23, bytes: webp.length })
    expect(a.dataUrl).toBe(toDataUrl('image/webp', webp))
  })

  it('fake bytes behind real magic: unreadable', async () => {
    const f = fakeCodec({ decodeFails: true })
    expect(await runJob(job(photo), f.codec)).toEqual({
      id: 'job-1',
      ok: false,
      reason: 'unreadable',
    })
    expect(f.live()).toBe(0)
  })
})

describe('runJob: re-encoding', () => {
  it('a large PNG: decoded straight to the fit size, encoded as WebP at 0.9', async () => {
    const f = fakeCodec({ bpp: 0.1 })
    const a = expectOk(await runJob(job(bigPng(4000, 3000)), f.codec))
    expect(f.calls.decode).toEqual([{ width: 960, height: 720 }])
    expect(f.calls.draw[0]).toEqual({ size: { width: 960, height: 720 }, flatten: false })
    expect(f.calls.encode[0]).toEqual({
      size: { width: 960, height: 720 },
      type: 'image/webp',
      quality: 0.9,
    })
    expect(a).toMatchObject({
      type: 'image/webp',
      width: 960,
      height: 720,
      bytes: Math.ceil(960 * 720 * 0.9 * 0.1),
      downscaledForBudget: false,
    })
    expect(a.thumbnail.startsWith('data:image/webp;base64,')).toBe(true)
    expect(f.calls.draw.at(-1)).toEqual({ size: { width: 160, height: 120 }, flatten: false })
    expect(f.live()).toBe(0)
  })

  it('steps quality down until the data URL fits', async () => {
    const f = fakeCodec({ bpp: 0.6 })
    // 960×720·q·0.6 bytes: 0.74 gives 409 213 chars, 0.66 gives 364 975.
    const a = expectOk(await runJob(job(bigPng(4000, 3000), { maxDataUrlChars: 400_000 }), f.codec))
    const main = f.calls.encode.filter((e) => e.size.width === 960).map((e) => e.quality)
    expect(main).toEqual([0.9, 0.82, 0.74, 0.66])
    expect(a.dataUrl.length).toBeLessThanOrEqual(400_000)
    expect(a.dataUrl.length).toBe(dataUrlChars('image/webp', a.bytes))
    expect(a).toMatchObject({ width: 960, height: 720, downscaledForBudget: false })
  })

  it('past the floor quality, shrinks by 0.85 steps (several at once when far off)', async () => {
    const f = fakeCodec({ bpp: 1 })
    const a = expectOk(await runJob(job(bigPng(4000, 3000), { maxDataUrlChars: 100_000 }), f.codec))
    const qualities = f.calls.encode.slice(0, -1).map((e) => e.quality) // last: thumbnail
    expect(qualities).toEqual([...QUALITY_STEPS, 0.5])
    // 460 823 chars at 0.5 against 100 000: five steps, 0.85⁵ ≈ 0.444.
    expect(a).toMatchObject({ width: 426, height: 319, downscaledForBudget: true })
    expect(scaledForBudget({ width: 960, height: 720 }, 5)).toEqual({ width: 426, height: 319 })
    expect(a.dataUrl.length).toBeLessThanOrEqual(100_000)
    expect(f.live()).toBe(0)
  })

  it('keeps shrinking when the estimate falls short', async () => {
    // A fixed overhead makes small images relatively larger than the area rule predicts.
    const f = fakeCodec({ bpp: 1, overhead: 30_000 })
    const a = expectOk(await runJob(job(bigPng(4000, 3000), { maxDataUrlChars: 60_000 }), f.codec))
    const sizes = f.calls.encode.slice(QUALITY_STEPS.length, -1).map((e) => e.size.width)
    expect(sizes.length).toBeGreaterThan(1)
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThan(sizes[i - 1] ?? 0)
    expect(a.downscaledForBudget).toBe(true)
    expect(a.dataUrl.length).toBeLessThanOrEqual(60_000)
  })

  it('a budget nothing can meet: too_large', async () => {
    const f = fakeCodec({ overhead: 100 })
    const answer = await runJob(job(bigPng(4000, 3000), { maxDataUrlChars: 100 }), f.codec)
    expect(answer).toEqual({ id: 'job-1', ok: false, reason: 'too_large' })
    expect(f.live()).toBe(0)
  })

  it('a small image over budget: same size, lower quality', async () => {
    const f = fakeCodec({ bpp: 1 })
    const a = expectOk(await runJob(job(photo, { maxDataUrlChars: 1000 }), f.codec))
    expect(f.calls.decode).toEqual([undefined]) // nothing to resize
    expect(a).toMatchObject({ type: 'image/jpeg', width: 37, height: 23 })
    expect(a.bytes).toBeLessThan(photo.length)
  })

  it('without WebP encoding: PNG becomes JPEG painted on white', async () => {
    const f = fakeCodec({ webp: false, bpp: 0.1 })
    const a = expectOk(await runJob(job(bigPng(3000, 2000)), f.codec))
    expect(a.type).toBe('image/jpeg')
    expect(a.thumbnail.startsWith('data:image/jpeg;base64,')).toBe(true)
    // The fit-size canvas is painted on white; its thumbnail is drawn from it, already opaque.
    expect(f.calls.draw[0]).toEqual({ size: { width: 1080, height: 720 }, flatten: true })
    expect(f.calls.encode.every((e) => e.type === 'image/jpeg')).toBe(true)
  })

  it('reports the type the encoder really made', async () => {
    const f = fakeCodec({ bpp: 0.1, produces: (t) => (t === 'image/webp' ? 'image/png' : t) })
    const a = expectOk(await runJob(job(bigPng(3000, 2000)), f.codec))
    expect(a.type).toBe('image/png')
    expect(a.dataUrl.startsWith('data:image/png;base64,')).toBe(true)
  })

  it('an animated WebP is re-encoded (first frame) even when small', async () => {
    const f = fakeCodec({ bpp: 0.1 })
    const a = expectOk(await runJob(job(fixture('anim.webp')), f.codec))
    expect(a).toMatchObject({ type: 'image/webp', width: 37, height: 23 })
    expect(a.dataUrl).not.toBe(toDataUrl('image/webp', fixture('anim.webp')))
  })
})

describe('runJob: orientation and headers without a size', () => {
  it('EXIF orientation 6: planned as displayed (portrait)', async () => {
    const stored = concat(SOI, exifApp1([[0x0112, 6]]), sof(0xc0, 4000, 3000), sos)
    const f = fakeCodec({ bpp: 0.1 })
    const a = expectOk(await runJob(job(stored, { maxWidth: 720, maxHeight: 1280 }), f.codec))
    expect(f.calls.decode).toEqual([{ width: 720, height: 960 }])
    expect(a).toMatchObject({ width: 720, height: 960 })
  })

  it('a small rotated JPEG is re-encoded upright, not sent as is', async () => {
    const rotated = withSegments(photo, exifApp1([[0x0112, 6]]))
    const f = fakeCodec({ bpp: 0.1, natural: { width: 23, height: 37 } })
    const a = expectOk(await runJob(job(rotated), f.codec))
    expect(f.calls.decode).toEqual([undefined])
    expect(a).toMatchObject({ type: 'image/jpeg', width: 23, height: 37 })
  })

  it('no size in the header: decode whole, then fit', async () => {
    const noSof = concat(SOI, app0, sos, new Uint8Array(100))
    const f = fakeCodec({ bpp: 0.1, natural: { width: 4000, height: 3000 } })
    const a = expectOk(await runJob(job(noSof), f.codec))
    expect(f.calls.decode).toEqual([undefined])
    expect(f.calls.draw[0]?.size).toEqual({ width: 960, height: 720 })
    expect(a).toMatchObject({ width: 960, height: 720 })
    expect(f.live()).toBe(0)
  })

  it('no size in the header, and the decoded image is a bomb: too_many_pixels', async () => {
    const noSof = concat(SOI, app0, sos)
    const f = fakeCodec({ natural: { width: 20_000, height: 20_000 } })
    expect(await runJob(job(noSof), f.codec)).toMatchObject({ reason: 'too_many_pixels' })
    expect(f.live()).toBe(0)
  })

  it('a JPEG whose SOF lies past the first 64 KB: looks further before decoding', async () => {
    const icc = segment(0xe2, new Array<number>(65_000).fill(0))
    const bytes = concat(SOI, app0, icc, icc, sof(0xc2, 4000, 3000), sos)
    const f = fakeCodec({ bpp: 0.1 })
    const a = expectOk(await runJob(job(bytes), f.codec))
    expect(f.calls.decode).toEqual([{ width: 960, height: 720 }])
    expect(a).toMatchObject({ width: 960, height: 720 })
  })

  it('the decoder disagrees with the header: its size wins', async () => {
    // Header: 100×50. The browser shows 50×100 (an orientation we did not read).
    const f = fakeCodec({ bpp: 0.001, natural: { width: 50, height: 100 } })
    const a = expectOk(await runJob(job(bigPng(100, 50), { maxDataUrlChars: 60 }), f.codec))
    expect(a).toMatchObject({ width: 50, height: 100 })
  })

  it('a resize that comes out wrong: decode whole and fit what is really there', async () => {
    const f = fakeCodec({ bpp: 0.1, swapsResize: true, natural: { width: 2000, height: 4000 } })
    const a = expectOk(await runJob(job(bigPng(4000, 2000)), f.codec))
    expect(f.calls.decode).toEqual([{ width: 1280, height: 640 }, undefined])
    expect(a).toMatchObject({ width: 360, height: 720 })
    expect(f.live()).toBe(0)
  })
})

describe('runJob: refusals', () => {
  it.each([
    ['a GIF', fixture('image.gif')],
    ['a text file', new TextEncoder().encode('hello')],
    ['nothing', new Uint8Array(0)],
  ])('%s: unsupported, nothing decoded', async (_name, bytes) => {
    const f = fakeCodec()
    expect(await runJob(job(bytes), f.codec)).toEqual({
      id: 'job-1',
      ok: false,
      reason: 'unsupported',
    })
    expect(f.calls.decode).toEqual([])
  })

  it.each([
    ['PNG 20000×20000', bigPng(20_000, 20_000)],
    ['WebP 70000×70000', vp8xHeader(70_000, 70_000)],
    ['JPEG 65535×65535', concat(SOI, sof(0xc0, 65_535, 65_535), sos)],
  ])('%s: too_many_pixels, nothing decoded', async (_name, bytes) => {
    const f = fakeCodec()
    expect(await runJob(job(bytes), f.codec)).toMatchObject({ reason: 'too_many_pixels' })
    expect(f.calls.decode).toEqual([])
  })

  it('over 40 MB: too_large, not read', async () => {
    const j = job(photo)
    Object.defineProperty(j.blob, 'size', { value: MAX_FILE_BYTES + 1 })
    const slice = vi.spyOn(j.blob, 'slice')
    expect(await runJob(j, fakeCodec().codec)).toMatchObject({ reason: 'too_large' })
    expect(slice).not.toHaveBeenCalled()
  })

  it('cancelled midway: aborted, everything released', async () => {
    const f = fakeCodec({ bpp: 1 })
    let cancelled = false
    const encode = f.codec.encode.bind(f.codec)
    f.codec.encode = (s, type, q) => {
      cancelled = true
      return encode(s, type, q)
    }
    const answer = await runJob(job(bigPng(4000, 3000)), f.codec, () => cancelled)
    expect(answer).toEqual({ id: 'job-1', ok: false, reason: 'aborted' })
    expect(f.calls.encode).toHaveLength(1)
    expect(f.live()).toBe(0)
  })

  it('an encoder that throws: unreadable, never a rejection', async () => {
    const f = fakeCodec()
    f.codec.encode = () => Promise.reject(new Error('boom'))
    await expect(runJob(job(bigPng(4000, 3000)), f.codec)).resolves.toMatchObject({
      reason: 'unreadable',
    })
    expect(f.live()).toBe(0)
  })
})

describe('createJobHandler', () => {
  let release: () => void = () => {}
  afterEach(() => release())

  function setup(post?: (a: WorkerAnswer) => void) {
    let open: () => void = () => {}
    const gate = new Promise<void>((resolve) => (open = resolve))
    release = open
    const f = fakeCodec({ bpp: 0.1, gate: () => gate })
    const answers: WorkerAnswer[] = []
    const handle = createJobHandler(f.codec, (a) => {
      answers.push(a)
      post?.(a)
    })
    return { f, answers, handle, open }
  }

  const msg = (id: string) => ({ ...job(bigPng(4000, 3000)), id })

  it('runs jobs one at a time and answers each once, in order', async () => {
    const { f, answers, handle, open } = setup()
    handle(msg('a'))
    handle(msg('b'))
    await vi.waitFor(() => expect(f.calls.decode).toHaveLength(1))
    // Every job already due has run once the pending callbacks have (a turn of the event
    // loop): b has not started, since it waits for a.
    await new Promise((r) => setImmediate(r))
    expect(f.calls.decode).toHaveLength(1)
    open()
    await vi.waitFor(() => expect(answers).toHaveLength(2))
    expect(answers.map((a) => [a.id, a.ok])).toEqual([
      ['a', true],
      ['b', true],
    ])
  })

  it('a cancelled job that has not started is skipped; one in flight is stopped', async () => {
    const { f, answers, handle, open } = setup()
    handle(msg('a'))
    handle(msg('b'))
    handle(msg('c'))
    await vi.waitFor(() => expect(f.calls.decode).toHaveLength(1))
    handle({ id: 'a', cancel: true })
    handle({ id: 'b', cancel: true })
    handle({ id: 'zzz', cancel: true }) // unknown: ignored
    open()
    await vi.waitFor(() => expect(answers).toHaveLength(3))
    expect(answers).toEqual([
      { id: 'a', ok: false, reason: 'aborted' },
      { id: 'b', ok: false, reason: 'aborted' },
      expect.objectContaining({ id: 'c', ok: true }),
    ])
    expect(f.calls.decode).toHaveLength(2) // a and c
    expect(f.live()).toBe(0)
  })

  it('answers a malformed message instead of throwing', () => {
    const { answers, handle } = setup()
    handle({ id: 'x', blob: 'not a blob', maxWidth: 1, maxHeight: 1, maxDataUrlChars: 1 })
    handle({ ...msg('y'), maxWidth: Number.NaN })
    handle(null)
    expect(answers).toEqual([
      { id: 'x', ok: false, reason: 'unreadable' },
      { id: 'y', ok: false, reason: 'unreadable' },
      { id: '', ok: false, reason: 'unreadable' },
    ])
  })

  it('goes on when posting an answer fails', async () => {
    let first = true
    const { answers, handle, open } = setup(() => {
      if (first) {
        first = false
        throw new Error('DataCloneError')
      }
    })
    open()
    handle(msg('a'))
    handle(msg('b'))
    await vi.waitFor(() => expect(answers).toHaveLength(2))
  })
})
