import type { CreateTaskBody } from '../../api/types.ts'
import type { MessageKey } from '../../lib/i18n/i18n.ts'
import { buildBody } from '../../profiles/buildBody.ts'
import { frameRatio } from '../../profiles/frame.ts'
import { profileFor } from '../../profiles/registry.ts'
import { valuesForSwitch } from '../../profiles/switching.ts'
import type { FieldValues, VideoFrame } from '../../profiles/types.ts'
import { primitiveFields } from '../../profiles/values.ts'
import { parseExtraFields } from './extraFields.ts'
import { imageMismatch } from './imageIntake.ts'
import type { ImageItem } from './imagesStore.ts'

/** The most takes of one model one press asks for. */
export const MAX_VARIATIONS = 8

/** What one model of a multi-model press will be sent, or why it cannot be. */
export interface ModelPlan {
  model: string
  body: CreateTaskBody
  frame: VideoFrame
  problem: MessageKey | null
}

/** What another model's request is made from: the form, as it stands. */
export interface PlanForm {
  prompt: string
  /** The images in the tray, and their prepared payloads (fitted to the form's frame). */
  images: readonly ImageItem[]
  payloads: string[]
  /** The frame the tray's images were fitted to (the model in the form's). */
  frame: VideoFrame
  valuesByModel: Record<string, FieldValues>
  extra: Record<string, string>
}

/**
 * The request another model gets from the same press: the same prompt and images, and its own
 * fields as the user last set them for it (or its defaults). It cannot go where its profile
 * refuses the prompt or the images, or where its video has another shape than the one the
 * images were fitted to (they would be cropped for a frame it does not make).
 */
export function planFor(model: string, form: PlanForm): ModelPlan {
  const profile = profileFor(model)
  const values = valuesForSwitch(model, {}, model, form.valuesByModel[model] ?? {})
  const typed = parseExtraFields(profile.extraFields ? (form.extra[model] ?? '') : '')
  const fields = typed.ok ? typed.fields : {}
  const frame = profile.frameOf({ ...primitiveFields(fields), ...values, model })
  const body = buildBody(profile, model, form.prompt, values, form.payloads, fields)
  const problem: MessageKey | null = !typed.ok
    ? 'takes.extraInvalid'
    : form.prompt.length > profile.promptMax
      ? 'takes.promptTooLong'
      : form.images.length > 0 && imageMismatch(form.images, profile.images)
        ? 'takes.imagesNotForModel'
        : form.images.length > 0 && frameRatio(frame) !== frameRatio(form.frame)
          ? 'takes.otherShape'
          : null
  return { model, body, frame, problem }
}
