import { describe, expect, it } from 'vitest'
import {
  bytesToBase64,
  dataUrlChars,
  toDataUrl,
} from '../../../src/features/composer/images/dataUrl.ts'
import { frameBox } from '../../../src/profiles/frame.ts'
import {
  ACCEPTED_IMAGE_TYPES,
  MAX_FILE_BYTES,
  MAX_PIXELS,
  REQUEST_IMAGE_BUDGET,
  budgetPerImage,
  fileTooLarge,
  isAcceptedType,
  tooManyPixels,
} from '../../../src/features/composer/images/limits.ts'
import {
  QUALITY_STEPS,
  budgetSteps,
  displaySize,
  encodeTypeFor,
  planEncoding,
  scaledForBudget,
  thumbnailPlan,
  type EncodingPlan,
  type SourceImage,
} from '../../../src/features/composer/images/plan.ts'

describe('limits', () => {
  it('has the agreed numbers', () => {
    expect(ACCEPTED_IMAGE_TYPES).toEqual(['image/jpeg', 'image/png', 'image/webp'])
    expect(MAX_FILE_BYTES).toBe(41_943_040)
    expect(MAX_PIXELS).toBe(100_000_000)
    expect(REQUEST_IMAGE_BUDGET).toBe(900_000)
  })

  it.each([
    [1, 900_000],
    [2, 450_000],
    [3, 300_000],
    [4, 225_000],
    [7, 128_571], // floored
    [0, 900_000], // nonsense counts as one
    [-3, 900_000],
  ])('budgetPerImage(%i) = %i', (n, budget) => {
    expect(budgetPerImage(n)).toBe(budget)
    expect(budget * Math.max(1, n)).toBeLessThanOrEqual(REQUEST_IMAGE_BUDGET)
  })

  it('checks', () => {
    expect(isAcceptedType('image/webp')).toBe(true)
    expect(isAcceptedType('image/gif')).toBe(false)
    expect(isAcceptedType('image/jpg')).toBe(false)
    expect(fileTooLarge(MAX_FILE_BYTES)).toBe(false)
    expect(fileTooLarge(MAX_FILE_BYTES + 1)).toBe(true)
    expect(tooManyPixels(10_000, 10_000)).toBe(false) // exactly the limit
    expect(tooManyPixels(10_001, 10_000)).toBe(true)
    expect(tooManyPixels(65_535, 65_535)).toBe(true)
  })
})

describe('dataUrl', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 24_575, 24_576, 24_577, 100_001])(
    'dataUrlChars matches the real data URL for %i bytes',
    (n) => {
      const bytes = new Uint8Array(n).map((_, i) => (i * 131 + 7) & 0xff)
      const url = toDataUrl('image/jpeg', bytes)
      expect(url.length).toBe(dataUrlChars('image/jpeg', n))
      expect(url).toBe(`data:image/jpeg;base64,${Buffer.from(bytes).toString('base64')}`)
    },
  )

  it('base64 of every byte value', () => {
    const all = new Uint8Array(256).map((_, i) => i)
    expect(bytesToBase64(all)).toBe(Buffer.from(all).toString('base64'))
  })

  it('prefix lengths differ by type', () => {
    expect(dataUrlChars('image/png', 3)).toBe('data:image/png;base64,'.length + 4)
    expect(dataUrlChars('image/webp', 3)).toBe('data:image/webp;base64,'.length + 4)
  })
})

describe('planEncoding', () => {
  const jpeg = (width: number, height: number, more: Partial<SourceImage> = {}): SourceImage => ({
    type: 'image/jpeg',
    width,
    height,
    ...more,
  })
  const png = (width: number, height: number): SourceImage => ({ type: 'image/png', width, height })
  const webp = (width: number, height: number, more: Partial<SourceImage> = {}): SourceImage => ({
    type: 'image/webp',
    width,
    height,
    ...more,
  })
  const wide = frameBox({ aspect: '16:9', hd: false })
  const tall = frameBox({ aspect: '9:16', hd: false })
  const one = budgetPerImage(1)
  const four = budgetPerImage(4)

  const original = (type: string, width: number, height: number) => ({
    kind: 'original',
    type,
    width,
    height,
  })
  const reencode = (
    type: string,
    width: number,
    height: number,
    resize: boolean,
    reason: string,
    flatten = false,
  ) => ({
    kind: 'reencode',
    type,
    width,
    height,
    resize,
    flatten,
    qualities: QUALITY_STEPS,
    reason,
  })

  it.each<[string, SourceImage, { width: number; height: number }, number, number, object]>([
    [
      'small JPEG within budget: sent as is',
      jpeg(800, 600),
      wide,
      300_000,
      one,
      original('image/jpeg', 800, 600),
    ],
    [
      'exactly at the budget: still as is',
      jpeg(800, 600),
      wide,
      one,
      one,
      original('image/jpeg', 800, 600),
    ],
    [
      'one char over: re-encoded, same size',
      jpeg(800, 600),
      wide,
      one + 1,
      one,
      reencode('image/jpeg', 800, 600, false, 'budget'),
    ],
    [
      'fits one image’s budget but not a quarter',
      jpeg(800, 600),
      wide,
      300_000,
      four,
      reencode('image/jpeg', 800, 600, false, 'budget'),
    ],
    [
      'small PNG within budget: as is',
      png(640, 360),
      wide,
      200_000,
      one,
      original('image/png', 640, 360),
    ],
    [
      'PNG over budget: WebP keeps alpha',
      png(640, 360),
      wide,
      2_000_000,
      one,
      reencode('image/webp', 640, 360, false, 'budget'),
    ],
    ['small WebP: as is', webp(720, 1280), tall, 100_000, one, original('image/webp', 720, 1280)],
    [
      'big JPEG: resized, stays JPEG',
      jpeg(4000, 3000),
      wide,
      8_000_000,
      one,
      reencode('image/jpeg', 960, 720, true, 'resize'),
    ],
    [
      'big JPEG, even if its bytes were few',
      jpeg(4000, 3000),
      wide,
      10_000,
      one,
      reencode('image/jpeg', 960, 720, true, 'resize'),
    ],
    [
      'big PNG: resized to WebP',
      png(3000, 4000),
      tall,
      9_000_000,
      one,
      reencode('image/webp', 720, 960, true, 'resize'),
    ],
    [
      'big WebP: resized, stays WebP',
      webp(4000, 3000),
      frameBox({ aspect: '16:9', hd: true }),
      900_000,
      one,
      reencode('image/webp', 1440, 1080, true, 'resize'),
    ],
    [
      'animated WebP: first frame only',
      webp(320, 240, { animated: true }),
      wide,
      1000,
      one,
      reencode('image/webp', 320, 240, false, 'animated'),
    ],
    [
      'EXIF-rotated JPEG: pixels turned upright',
      jpeg(600, 800, { orientation: 6 }),
      tall,
      1000,
      one,
      reencode('image/jpeg', 600, 800, false, 'orientation'),
    ],
    [
      'orientation 1 is no reason',
      jpeg(600, 800, { orientation: 1 }),
      tall,
      1000,
      one,
      original('image/jpeg', 600, 800),
    ],
  ])('%s', (_name, source, frame, chars, max, expected) => {
    expect(planEncoding(source, frame, chars, max)).toEqual(expected)
  })

  it('without WebP encoding (Safari), PNG and WebP become JPEG on white', () => {
    expect(planEncoding(png(3000, 2000), wide, 9e6, one, { webp: false })).toEqual(
      reencode('image/jpeg', 1080, 720, true, 'resize', true),
    )
    expect(planEncoding(jpeg(3000, 2000), wide, 9e6, one, { webp: false })).toEqual(
      reencode('image/jpeg', 1080, 720, true, 'resize', false),
    )
  })

  it('reencode forces new pixels even when the original would do', () => {
    const plan: EncodingPlan = planEncoding(jpeg(100, 50), wide, 1000, one, { reencode: true })
    expect(plan).toEqual(reencode('image/jpeg', 100, 50, false, 'orientation'))
  })

  it('qualities step down from 0.9 to 0.5', () => {
    expect(QUALITY_STEPS).toEqual([0.9, 0.82, 0.74, 0.66, 0.58, 0.5])
  })
})

describe('helpers of the plan', () => {
  it.each([
    [1, 4000, 3000],
    [2, 4000, 3000],
    [3, 4000, 3000],
    [4, 4000, 3000],
    [5, 3000, 4000],
    [6, 3000, 4000],
    [7, 3000, 4000],
    [8, 3000, 4000],
  ])('displaySize with orientation %i', (o, w, h) => {
    expect(displaySize(4000, 3000, o)).toEqual({ width: w, height: h })
  })

  it('encodeTypeFor', () => {
    expect(encodeTypeFor('image/jpeg')).toBe('image/jpeg')
    expect(encodeTypeFor('image/png')).toBe('image/webp')
    expect(encodeTypeFor('image/webp')).toBe('image/webp')
    expect(encodeTypeFor('image/png', false)).toBe('image/jpeg')
  })

  it.each([
    ['just over: one step', 1010, 1000, 1],
    ['equal (called anyway): one step', 1000, 1000, 1],
    // area ∝ scale²: 0.85² = 0.7225 per step; half the bytes needs 0.85^(2k) ≤ 0.5 → k = 3
    ['twice too big', 2000, 1000, 3],
    ['0.7225 of it fits in one', 1384, 1000, 1],
    ['ten times', 10_000, 1000, 8],
    ['a budget of nothing', 1000, 0, 60],
    ['absurd', 1e12, 1, 60],
  ])('budgetSteps: %s', (_name, encoded, max, steps) => {
    expect(budgetSteps(encoded, max)).toBe(steps)
  })

  it.each([
    [0, 1280, 720],
    [1, 1088, 612],
    [2, 925, 520], // 924.8, 520.2
    [3, 786, 442], // 786.08, 442.17
    [60, 1, 1],
  ])('scaledForBudget(1280×720, %i steps)', (steps, w, h) => {
    expect(scaledForBudget({ width: 1280, height: 720 }, steps)).toEqual({ width: w, height: h })
  })

  it('thumbnailPlan fits 160×160 at 0.7', () => {
    expect(thumbnailPlan({ width: 1280, height: 720 }, 'image/jpeg')).toEqual({
      width: 160,
      height: 90,
      type: 'image/jpeg',
      quality: 0.7,
      flatten: false,
    })
    expect(thumbnailPlan({ width: 720, height: 1280 }, 'image/png')).toMatchObject({
      width: 90,
      height: 160,
      type: 'image/webp',
      flatten: false,
    })
    expect(thumbnailPlan({ width: 37, height: 23 }, 'image/webp', false)).toMatchObject({
      width: 37,
      height: 23,
      type: 'image/jpeg',
      flatten: true,
    })
  })
})
