import type { FieldSpec, FieldValues } from './types.ts'

/** A field's value, or its default when missing or no longer one of its options. */
export function valueOf(
  profile: { fields: readonly FieldSpec[] },
  key: string,
  values: FieldValues,
): string | number | boolean | undefined {
  const field = profile.fields.find((f) => f.key === key)
  if (!field) return undefined
  const v = values[key]
  if (field.kind === 'toggle') return typeof v === 'boolean' ? v : field.defaultValue
  return field.options.some((o) => o.value === v) ? v : field.defaultValue
}

/** The string, number and boolean fields of a JSON object, as form values. */
export function primitiveFields(fields: Record<string, unknown>): FieldValues {
  const values: FieldValues = {}
  for (const [key, v] of Object.entries(fields))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values[key] = v
  return values
}
