import { aspectField, durationField } from './commonFields.ts'
import { frameFrom } from './frame.ts'
import type { ModelProfile } from './types.ts'

/**
 * Grok video (`grok-video-3`, matched as `grok-video*`), per the relay's wire notes:
 * - the aspect is called `ratio` on the wire and offers 2:3, 3:2 and 1:1 (no 16:9), so a 16:9
 *   chosen for another model goes back to 3:2;
 * - `duration` is an integer (a JSON number, unlike Sora's string): 5, 10 or 15. Some relays
 *   take 6 instead of 5; their 400 is shown to the user as is, so we keep the notes' values;
 * - `resolution` is "720P" or "1080P";
 * - one reference image.
 */
export const grokProfile: ModelProfile = {
  id: 'grok',
  name: 'profile.grok',
  matches: (model) => model.startsWith('grok-video'),
  promptMax: 4000,
  remix: false,
  // Its adaptor drops an input_reference file on /v1/videos: images go on new-api's route.
  openaiFile: false,
  images: { max: 1, accepts: 'data', slots: 'references' },
  fields: [
    aspectField('ratio', ['3:2', '2:3', '1:1'], '3:2'),
    durationField([5, 10, 15], 10, 'number'),
    {
      kind: 'choice',
      key: 'resolution',
      label: 'profile.resolution',
      display: 'radio',
      defaultValue: '720P',
      options: [
        { value: '720P', label: 'profile.resolution.720p' },
        { value: '1080P', label: 'profile.resolution.1080p' },
      ],
      wire: (v) => ['resolution', v],
    },
  ],
  frameOf: (values) => frameFrom(grokProfile.fields, values, values.resolution === '1080P'),
}
