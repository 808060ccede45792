import { aspectField, durationField } from './commonFields.ts'
import { frameFrom } from './frame.ts'
import type { FieldValues, ModelProfile } from './types.ts'

const isPro = (values: FieldValues) => values.model === 'sora-2-pro'

/** Sora 2: the relay's docs type duration as a string ("10"); HD is for sora-2-pro only. */
export const soraProfile: ModelProfile = {
  id: 'sora',
  name: 'profile.sora',
  matches: (model) => model === 'sora-2' || model === 'sora-2-pro',
  promptMax: 4000,
  remix: true,
  images: { max: 4, accepts: 'data' },
  fields: [
    aspectField('aspect_ratio', ['16:9', '9:16'], '16:9'),
    durationField([10, 15, 25], 10, 'string'),
    {
      kind: 'toggle',
      key: 'hd',
      label: 'composer.hd',
      defaultValue: false,
      disabled: (values) => (isPro(values) ? null : 'composer.hdProOnly'),
      wire: (v, values) => (isPro(values) ? ['hd', v === true] : undefined),
    },
  ],
  // HD is sent for sora-2-pro only: only there is the video 1080p.
  frameOf: (values) => frameFrom(soraProfile.fields, values, isPro(values) && values.hd === true),
  // On /v1/videos sora-2 takes 1280x720 or 720x1280; sora-2-pro also 1792x1024 and 1024x1792
  // (new-api's ValidateMultipartDirect, docs/relay-dialects.md section 3).
  openaiSize: (frame) => {
    const [w, h] = frame.hd ? [1792, 1024] : [1280, 720]
    return frame.aspect === '9:16' ? `${h}x${w}` : `${w}x${h}`
  },
}
