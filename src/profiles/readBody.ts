import type { CreateTaskBody } from '../api/types.ts'
import { profileFor } from './registry.ts'
import { primitiveFields } from './values.ts'
import type { FieldValue, FieldValues, VideoFrame } from './types.ts'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The form's values for a request body, read back through each field's own `wire`: the value
 * whose wire form is what the body holds (a field the body does not show keeps no value, so
 * the form's default applies). "Reuse" puts a task's request back in the composer with them.
 */
export function valuesOfBody(body: CreateTaskBody): FieldValues {
  const profile = profileFor(body.model)
  // A profile with an extra-fields box reads its frame from the fields typed there.
  const values: FieldValues = {
    ...(profile.extraFields ? primitiveFields(body) : {}),
    model: body.model,
  }
  for (const field of profile.fields) {
    const candidates: FieldValue[] =
      field.kind === 'toggle' ? [true, false] : field.options.map((o) => o.value)
    const sent = candidates.find((v) => {
      const wired = field.wire(v, values)
      return wired !== undefined && same(body[wired[0]], wired[1])
    })
    if (sent !== undefined) values[field.key] = sent
  }
  return values
}

/** The frame of a request body (for tasks stored before records kept their frame). */
export const frameOfBody = (body: CreateTaskBody): VideoFrame =>
  profileFor(body.model).frameOf(valuesOfBody(body))
