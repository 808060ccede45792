import { DEFAULT_FRAME } from './frame.ts'
import type { ModelProfile } from './types.ts'

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
  // Nothing is known of its video: references are fitted to the common 16:9 frame.
  frameOf: () => DEFAULT_FRAME,
}
