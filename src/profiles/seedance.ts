import { aspectField, durationField } from './commonFields.ts'
import { frameFrom } from './frame.ts'
import type { ModelProfile } from './types.ts'

/**
 * Seedance (`doubao-seedance-*`, `seedance*`), as new-api's Doubao adaptor reads it
 * (docs/relay-dialects.md, 3 and 6):
 * - the length is `seconds`, a string — a top-level `duration` is parsed and not sent on;
 * - `ratio` (16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive) and `resolution` (480p, 720p, 1080p)
 *   are read from `metadata`, passed to the upstream unchecked; 2–12 s by third-party docs,
 *   of which the common 5 and 10 are offered;
 * - `camera_fixed` from `metadata`; a reference image from `images` (no role: the first frame).
 */
export const seedanceProfile: ModelProfile = {
  id: 'seedance',
  name: 'profile.seedance',
  matches: (model) => /(^|-)seedance/.test(model),
  promptMax: 2000,
  remix: false,
  images: { max: 1, accepts: 'data', slots: 'frames' },
  fields: [
    aspectField('ratio', ['16:9', '9:16', '1:1'], '16:9'),
    durationField([5, 10], 5, 'number'),
    {
      kind: 'choice',
      key: 'resolution',
      label: 'profile.resolution',
      display: 'radio',
      defaultValue: '720p',
      options: [
        { value: '480p', label: 'profile.resolution.480p' },
        { value: '720p', label: 'profile.resolution.720p' },
        { value: '1080p', label: 'profile.resolution.1080p' },
      ],
      wire: (v) => ['resolution', v],
    },
    {
      kind: 'toggle',
      key: 'cameraFixed',
      label: 'profile.cameraFixed',
      defaultValue: false,
      wire: (v) => (v === true ? ['camera_fixed', true] : undefined),
    },
  ],
  frameOf: (values) => frameFrom(seedanceProfile.fields, values, values.resolution === '1080p'),
  // The shape goes as `ratio` in metadata; a `size` is not read.
  openaiSize: () => undefined,
  openaiFile: false,
  adapt: (dialect, wire) => {
    if (dialect === 'v2') return wire
    const { duration, ...rest } = wire as { duration?: number }
    return { ...rest, ...(duration !== undefined && { seconds: String(duration) }) }
  },
}
