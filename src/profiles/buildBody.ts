import type { CreateTaskBody } from '../api/types.ts'
import { valueOf } from './values.ts'
import type { FieldValues, ModelProfile } from './types.ts'

/**
 * Form values → the exact request body: only the profile's fields, written its way, plus
 * any extra fields the user typed (already checked to leave model and prompt alone).
 */
export function buildBody(
  profile: ModelProfile,
  model: string,
  prompt: string,
  values: FieldValues,
  images: string[],
  extra: Record<string, unknown> = {},
): CreateTaskBody {
  const all: FieldValues = { ...values, model }
  const body: CreateTaskBody = { ...extra, model, prompt: prompt.trim() }
  for (const field of profile.fields) {
    const value = valueOf(profile, field.key, all)
    if (value === undefined) continue
    const wired = field.wire(value, all)
    if (wired) body[wired[0]] = wired[1]
  }
  if (images.length > 0) body.images = images
  return body
}
