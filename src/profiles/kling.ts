import { aspectField, durationField } from './commonFields.ts'
import { frameFrom } from './frame.ts'
import type { ModelProfile } from './types.ts'

/**
 * Kling (`kling-v1`, `kling-v1-6`, `kling-v2-master`…, matched as `kling*`), as new-api's task
 * adaptor reads it on `/v1/video/generations` and `/v1/videos` (docs/relay-dialects.md, 3 and 6):
 * - `duration` 5 or 10, a number at the top level (a string inside `metadata`);
 * - `aspect_ratio` 16:9, 9:16 or 1:1 and `mode` std or pro, read from `metadata`;
 * - the first frame is the top-level `image` — new-api's Kling adaptor ignores `images` — and
 *   the last frame `metadata.image_tail`;
 * - no seed (new-api drops one).
 */
export const klingProfile: ModelProfile = {
  id: 'kling',
  name: 'profile.kling',
  matches: (model) => model.startsWith('kling'),
  promptMax: 2500,
  remix: false,
  images: { max: 2, accepts: 'data', slots: 'frames' },
  fields: [
    aspectField('aspect_ratio', ['16:9', '9:16', '1:1'], '16:9'),
    durationField([5, 10], 5, 'number'),
    {
      kind: 'choice',
      key: 'mode',
      label: 'profile.klingMode',
      display: 'radio',
      defaultValue: 'std',
      options: [
        { value: 'std', label: 'profile.klingMode.std' },
        { value: 'pro', label: 'profile.klingMode.pro' },
      ],
      wire: (v) => ['mode', v],
    },
  ],
  frameOf: (values) => frameFrom(klingProfile.fields, values, values.mode === 'pro'),
  // Kling's adaptor reads `size` into its aspect: the aspect goes in metadata instead.
  openaiSize: () => undefined,
  openaiFile: false,
  adapt: (dialect, wire) => {
    if (dialect === 'v2') return wire
    const { images, metadata, ...rest } = wire as { images?: string[]; metadata?: object }
    const [first, last] = images ?? []
    return {
      ...rest,
      ...(first && { image: first }),
      metadata: { ...metadata, ...(last && { image_tail: last }) },
    }
  },
}
