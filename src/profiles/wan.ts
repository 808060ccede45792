import { aspectField, durationField } from './commonFields.ts'
import { frameFrom } from './frame.ts'
import type { ModelProfile } from './types.ts'

/**
 * Wan (`wan*`: wan2.5-i2v, wan2.2-t2v, …), per the relay's wire notes:
 * - the aspect is called `ratio` on the wire; its values are not documented in what we read,
 *   so we offer the usual 16:9, 9:16 and 1:1;
 * - `duration` is an integer (a JSON number) from 2 to 10 seconds;
 * - the image must be an `https:` link the relay fetches (no data: URLs), at least 240 px on
 *   its shortest side; one image.
 */
export const wanProfile: ModelProfile = {
  id: 'wan',
  name: 'profile.wan',
  matches: (model) => model.startsWith('wan'),
  promptMax: 4000,
  remix: false,
  // Its adaptor drops an input_reference file on /v1/videos: images go on new-api's route.
  openaiFile: false,
  images: { max: 1, accepts: 'https', slots: 'references', minSide: 240 },
  fields: [
    aspectField('ratio', ['16:9', '9:16', '1:1'], '16:9'),
    durationField([2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 'number'),
  ],
  frameOf: (values) => frameFrom(wanProfile.fields, values, false),
}

/** Wan's text-to-video ids (`wan2.2-t2v`, …): the same fields, and no image at all. */
export const wanTextProfile: ModelProfile = {
  ...wanProfile,
  id: 'wan-t2v',
  matches: (model) => model.startsWith('wan') && /(^|[-_.])t2v([-_.]|$)/.test(model),
  images: { max: 0, accepts: 'https' },
}
