import { aspectField } from './commonFields.ts'
import { frameFrom } from './frame.ts'
import type { FieldSpec, FieldValues, ModelProfile } from './types.ts'

/**
 * Veo 3 / Veo 2 (`veo3*`, `veo2*`), per the relay's wire notes:
 * - no duration: the model decides, so the form has no such field (and sends none);
 * - `aspect_ratio` is 16:9 or 9:16, or left out so it is taken from the image ('auto');
 * - 1080p is `enable_upsample`, except for `-4k` ids, which are 4K already: there it is
 *   disabled and never sent;
 * - the images depend on the id: `-frames` takes a first and a last frame (≤ 2),
 *   `-components` up to 3 references, any other id 1 reference.
 * One profile per image shape, sharing the same fields, so values carry over between them.
 */

const isVeo = (model: string) => model.startsWith('veo3') || model.startsWith('veo2')
const isFrames = (model: string) => model.endsWith('-frames')
const isComponents = (model: string) => model.endsWith('-components')
const is4k = (values: FieldValues) => String(values.model).endsWith('-4k')

const veoFields: readonly FieldSpec[] = [
  aspectField('aspect_ratio', ['16:9', '9:16', 'auto'], '16:9'),
  {
    kind: 'toggle',
    key: 'enhancePrompt',
    label: 'profile.enhancePrompt',
    defaultValue: false,
    wire: (v) => ['enhance_prompt', v === true],
  },
  {
    kind: 'toggle',
    key: 'upsample',
    label: 'profile.upsample',
    defaultValue: false,
    disabled: (values) => (is4k(values) ? 'profile.upsample4k' : null),
    wire: (v, values) => (is4k(values) ? undefined : ['enable_upsample', v === true]),
  },
]

const veoBase = {
  promptMax: 4000,
  remix: false,
  fields: veoFields,
  // Upsampled is 1080p; a `-4k` id never sends the toggle.
  frameOf: (values: FieldValues) =>
    frameFrom(veoFields, values, !is4k(values) && values.upsample === true),
} as const

/** `…-frames`: the first image is the first frame, the second the last. */
export const veoFramesProfile: ModelProfile = {
  ...veoBase,
  id: 'veo-frames',
  name: 'profile.veoFrames',
  matches: (model) => isVeo(model) && isFrames(model),
  images: { max: 2, accepts: 'data', slots: 'frames' },
}

/** `…-components`: up to three references (subjects, objects, style). */
export const veoComponentsProfile: ModelProfile = {
  ...veoBase,
  id: 'veo-components',
  name: 'profile.veoComponents',
  matches: (model) => isVeo(model) && isComponents(model),
  images: { max: 3, accepts: 'data', slots: 'references' },
}

/** Any other Veo id (veo3, veo3-fast, veo3-4k, veo2, …): one reference image. */
export const veoProfile: ModelProfile = {
  ...veoBase,
  id: 'veo',
  name: 'profile.veo',
  matches: (model) => isVeo(model) && !isFrames(model) && !isComponents(model),
  images: { max: 1, accepts: 'data', slots: 'references' },
}
