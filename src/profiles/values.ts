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
