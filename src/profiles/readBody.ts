import type { CreateTaskBody } from '../api/types.ts'
import type { MessageKey } from '../lib/i18n/i18n.ts'
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

/** One value of a request, as the form named it; `raw` for a field no profile field wrote. */
export type ShownValue =
  | {
      kind: 'choice'
      label: MessageKey
      option: MessageKey
      params?: Record<string, string | number>
    }
  | { kind: 'toggle'; label: MessageKey; on: boolean }
  | { kind: 'raw'; field: string; value: unknown }

/** What every request carries, shown elsewhere (the model) or apart (prompt, images). */
const OWN_FIELDS = ['model', 'prompt', 'images']

/**
 * The values a request chose, in the user's words and without the defaults: read back
 * through the profile's fields. A field no profile field wrote (typed in the extra-fields
 * box, or from a newer version of the app) is shown under its wire name.
 */
export function shownValues(body: CreateTaskBody): ShownValue[] {
  const values = valuesOfBody(body)
  const written = new Set(OWN_FIELDS)
  const shown: ShownValue[] = []
  for (const field of profileFor(body.model).fields) {
    const v = values[field.key]
    if (v === undefined) continue
    const wired = field.wire(v, values)
    if (wired) written.add(wired[0])
    if (v === field.defaultValue) continue
    if (field.kind === 'toggle') {
      shown.push({ kind: 'toggle', label: field.label, on: v === true })
      continue
    }
    const option = field.options.find((o) => o.value === v)
    if (option)
      shown.push({
        kind: 'choice',
        label: field.label,
        option: option.label,
        ...(option.params && { params: option.params }),
      })
  }
  for (const [field, value] of Object.entries(body))
    if (!written.has(field)) shown.push({ kind: 'raw', field, value })
  return shown
}
