import { valueOf } from './values.ts'
import type { FieldSpec, FieldValues, VideoFrame } from './types.ts'

export const DEFAULT_FRAME: VideoFrame = { aspect: '16:9', hd: false, seconds: null }

/**
 * The frame from the form keys every family shares (`aspect`, `duration`); `hd` is the
 * family's own say, worked out by its profile.
 */
export function frameFrom(
  fields: readonly FieldSpec[],
  values: FieldValues,
  hd: boolean,
): VideoFrame {
  const aspect = valueOf({ fields }, 'aspect', values)
  const seconds = valueOf({ fields }, 'duration', values)
  return {
    aspect: typeof aspect === 'string' ? aspect : DEFAULT_FRAME.aspect,
    hd,
    seconds: typeof seconds === 'number' ? seconds : null,
  }
}

/** Width ÷ height of a 'w:h' aspect; null for 'auto' or anything unreadable. */
export function frameRatio(frame: Pick<VideoFrame, 'aspect'>): number | null {
  const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(frame.aspect)
  if (!m) return null
  const ratio = Number(m[1]) / Number(m[2])
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null
}

/**
 * The box a reference image must fit in: the video's own frame (1280×720 or 720×1280; 1920×1080
 * or 1080×1920 in HD), since a larger image only costs bytes. Aspects without a fixed frame
 * (1:1, 2:3, auto) get a square bound with the frame's long side, so neither orientation is
 * squeezed.
 */
export function frameBox(frame: Pick<VideoFrame, 'aspect' | 'hd'>): {
  width: number
  height: number
} {
  const long = frame.hd ? 1920 : 1280
  const short = frame.hd ? 1080 : 720
  if (frame.aspect === '16:9') return { width: long, height: short }
  if (frame.aspect === '9:16') return { width: short, height: long }
  return { width: long, height: long }
}
