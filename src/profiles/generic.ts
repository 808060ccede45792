import { DEFAULT_FRAME } from './frame.ts'
import type { FieldValues, ModelProfile } from './types.ts'

const ASPECT = /^\d+(\.\d+)?:\d+(\.\d+)?$/

/**
 * Nothing is known of an unknown model's video but what the user typed in the extra-fields
 * box (its fields arrive among the values): the names most relays use for the shape and the
 * length, where given; otherwise references are fitted to the common 16:9 frame.
 */
function guessFrame(values: FieldValues) {
  const aspect = [values.aspect_ratio, values.ratio].find(
    (v): v is string => typeof v === 'string' && ASPECT.test(v),
  )
  const seconds = typeof values.duration === 'boolean' ? NaN : Number(values.duration)
  return {
    aspect: aspect ?? DEFAULT_FRAME.aspect,
    hd: false,
    seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : null,
  }
}

/**
 * Names of video families no profile knows yet, as relays list them (Vertex's `veo-3.0-…`,
 * MiniMax's Hailuo,
 * Vidu, Jimeng, Runway, Luma's Ray, Pika, Hunyuan…) or any id saying video, t2v or i2v:
 * such an id is listed in the settings even where the price list calls it a chat model.
 */
const VIDEO_NAMES =
  /video|(^|[-_.])[ti]2v([-_.]|$)|^veo|hailuo|vidu|jimeng|runway|gen-?[34]|^ray-|luma|pika|hunyuan|mochi|ltx|pixverse|cogvideo/i

export const looksLikeVideo = (model: string) => VIDEO_NAMES.test(model)

/**
 * The fields new-api documents for its generic `/v1/video/generations` request
 * (`dto.VideoRequest`: width, height, fps, seed, n beside model, prompt, image, duration).
 * Its task adaptors read only `metadata` (docs/relay-dialects.md section 3), relays that follow
 * the documented request read the top level: typed in the extra-fields box, they go in both.
 */
const VIDEO_REQUEST_NUMBERS = ['width', 'height', 'fps', 'seed', 'n'] as const

function liftDocumented(wire: Record<string, unknown>): Record<string, unknown> {
  const metadata = wire.metadata
  if (typeof metadata !== 'object' || metadata === null) return wire
  const lifted = Object.fromEntries(
    VIDEO_REQUEST_NUMBERS.flatMap((k) => {
      const v = (metadata as Record<string, unknown>)[k]
      return typeof v === 'number' && Number.isInteger(v) ? [[k, v]] : []
    }),
  )
  return { ...lifted, ...wire }
}

/** A model no profile knows: prompt and images only, as the wire notes advise. */
export const genericProfile: ModelProfile = {
  id: 'generic',
  name: 'profile.generic',
  matches: () => true,
  promptMax: 4000,
  remix: false,
  images: { max: 4, accepts: 'data' },
  fields: [],
  extraFields: true,
  // Nothing here chose a shape: no size is asked for on any dialect.
  openaiSize: () => undefined,
  frameOf: guessFrame,
  adapt: (dialect, wire) => (dialect === 'newapi' ? liftDocumented(wire) : wire),
}
