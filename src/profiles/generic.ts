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
}
