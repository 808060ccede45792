import type { CreateTaskBody } from '../api/types.ts'
import type { MessageKey } from '../lib/i18n/i18n.ts'
import { valuesOfBody } from './readBody.ts'
import { profileFor } from './registry.ts'

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
 * The values a request chose, in the user's words and (unless asked) without the defaults: read back
 * through the profile's fields. A field no profile field wrote (typed in the extra-fields
 * box, or from a newer version of the app) is shown under its wire name.
 */
export function shownValues(
  body: CreateTaskBody,
  /** Every field with the value it took, defaults too: for takes read side by side. */
  { withDefaults = false } = {},
): ShownValue[] {
  const values = valuesOfBody(body)
  const written = new Set(OWN_FIELDS)
  const shown: ShownValue[] = []
  for (const field of profileFor(body.model).fields) {
    const sent = values[field.key]
    if (sent !== undefined) {
      const wired = field.wire(sent, values)
      if (wired) written.add(wired[0])
    }
    // A field this model cannot use (Sora's HD on a non-pro id) took no value.
    const usable = !field.disabled?.(values)
    const v = sent ?? (withDefaults && usable ? field.defaultValue : undefined)
    if (v === undefined || (v === field.defaultValue && !withDefaults)) continue
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
