/**
 * The worker's decisions, kept pure so they can be tested without a worker, a canvas or a
 * decoder: which size to aim for, whether the original bytes can go as they are, which format
 * and qualities to try, and how far to shrink when even the lowest quality is too big.
 */
import { fitWithin, type Size } from './fit.ts'
import { THUMBNAIL_MAX, type AcceptedImageType } from './limits.ts'

export type EncodeType = 'image/jpeg' | 'image/webp'

/** Tried in order until the data URL fits; 0.5 is the floor before pixels are given up. */
export const QUALITY_STEPS = [0.9, 0.82, 0.74, 0.66, 0.58, 0.5] as const
export const FLOOR_QUALITY = 0.5
/** Each step past the floor quality multiplies both sides by this. */
const BUDGET_SCALE_STEP = 0.85
/** 0.85^60 turns 1920 px into less than one: past this nothing is left to shrink. */
export const MAX_BUDGET_STEPS = 60
const THUMBNAIL_QUALITY = 0.7

/** What the worker knows about its input; width and height as displayed (see displaySize). */
export interface SourceImage {
  type: AcceptedImageType
  width: number
  height: number
  /** EXIF orientation, 1–8 (JPEG only). */
  orientation?: number
  /** Animated WebP or APNG: only its first frame is wanted. */
  animated?: boolean
}

export type EncodingPlan =
  /** The original bytes go untouched: already small enough, no quality lost. */
  | { kind: 'original'; type: AcceptedImageType; width: number; height: number }
  | {
      kind: 'reencode'
      type: EncodeType
      /** fitWithin(source, frame): the size to decode to. */
      width: number
      height: number
      /** Whether that differs from the source size (decode-and-scale in one step). */
      resize: boolean
      /** Paint white under transparent pixels: JPEG has no alpha (else it turns black). */
      flatten: boolean
      qualities: readonly number[]
      /** Why the original cannot go as it is. */
      reason: 'resize' | 'animated' | 'orientation' | 'budget'
    }

/** EXIF orientations 5–8 turn the picture a quarter: the displayed width is the stored height. */
export function displaySize(width: number, height: number, orientation = 1): Size {
  return orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height }
}

/**
 * JPEG stays JPEG (photos; no alpha to keep). PNG and WebP become WebP, which keeps
 * transparency and compresses with a quality knob, unless this browser cannot encode WebP
 * (convertToBlob falls back to PNG there): then JPEG on white.
 */
export function encodeTypeFor(source: AcceptedImageType, webp = true): EncodeType {
  return source === 'image/jpeg' || !webp ? 'image/jpeg' : 'image/webp'
}

/**
 * Plans one image: `source` as displayed, `frame` the box to fit in (frameFor), the original's
 * data-URL length (dataUrlChars of its byte size) and the budget for this image's data URL.
 * Options: `webp: false` when the browser cannot encode WebP; `reencode: true` when the
 * original must not go as it is (its header disagreed with the decoder).
 */
export function planEncoding(
  source: SourceImage,
  frame: Size,
  originalDataUrlChars: number,
  maxDataUrlChars: number,
  options: { webp?: boolean; reencode?: boolean } = {},
): EncodingPlan {
  const target = fitWithin(source.width, source.height, frame.width, frame.height)
  const resize = target.width !== source.width || target.height !== source.height
  const reason = resize
    ? 'resize'
    : source.animated
      ? 'animated'
      : // The relay may ignore EXIF: send pixels the right way up, and the size we report.
        (source.orientation ?? 1) !== 1 || options.reencode
        ? 'orientation'
        : originalDataUrlChars > maxDataUrlChars
          ? 'budget'
          : null
  if (reason === null) {
    return { kind: 'original', type: source.type, width: source.width, height: source.height }
  }
  const type = encodeTypeFor(source.type, options.webp ?? true)
  return {
    kind: 'reencode',
    type,
    width: target.width,
    height: target.height,
    resize,
    flatten: type === 'image/jpeg' && source.type !== 'image/jpeg',
    qualities: QUALITY_STEPS,
    reason,
  }
}

/**
 * How many 0.85 steps to take after an encode at the floor quality came out `encodedChars`
 * long against a budget of `maxChars`. Encoded size grows roughly with the pixel count, i.e.
 * with the square of the scale, so several steps may be taken at once (at least one), sparing
 * a series of encodes that are bound to fail.
 */
export function budgetSteps(encodedChars: number, maxChars: number): number {
  const ratio = maxChars / encodedChars
  if (!(ratio > 0)) return MAX_BUDGET_STEPS
  if (ratio >= 1) return 1
  const steps = Math.ceil(Math.log(ratio) / (2 * Math.log(BUDGET_SCALE_STEP)))
  return Math.min(MAX_BUDGET_STEPS, Math.max(1, steps))
}

/** `base` (the fit size) after `steps` budget steps, rounded like fitWithin. */
export function scaledForBudget(base: Size, steps: number): Size {
  const scale = BUDGET_SCALE_STEP ** steps
  return {
    width: Math.max(1, Math.round(base.width * scale)),
    height: Math.max(1, Math.round(base.height * scale)),
  }
}

export interface ThumbnailPlan {
  width: number
  height: number
  type: EncodeType
  quality: number
  flatten: boolean
}

export function thumbnailPlan(size: Size, source: AcceptedImageType, webp = true): ThumbnailPlan {
  const fit = fitWithin(size.width, size.height, THUMBNAIL_MAX, THUMBNAIL_MAX)
  const type = encodeTypeFor(source, webp)
  return {
    ...fit,
    type,
    quality: THUMBNAIL_QUALITY,
    flatten: type === 'image/jpeg' && source !== 'image/jpeg',
  }
}
