import type { MessageKey } from '../lib/i18n/i18n.ts'
import { profileFor } from './registry.ts'
import { valueOf } from './values.ts'
import type { FieldSpec, FieldValue, FieldValues, ModelProfile } from './types.ts'

/**
 * What switching model does to the form. Fields share keys across profiles (`aspect`,
 * `duration`), so a value carries over when the new model allows it; otherwise it goes back to
 * the default, and fields the new model lacks are dropped. Both helpers are pure.
 */
export type SwitchChange =
  { kind: 'removed'; field: MessageKey } | { kind: 'reset'; field: MessageKey; to: string | number }

/** Whether `value` is one the field can take: one of its options, or a boolean for a toggle. */
const fits = (field: FieldSpec, value: FieldValue | undefined): value is FieldValue =>
  field.kind === 'toggle'
    ? typeof value === 'boolean'
    : field.options.some((o) => o.value === value)

/** What the form shows for a field: its value or default, and off while the toggle is disabled. */
function shown(profile: ModelProfile, field: FieldSpec, values: FieldValues) {
  if (field.kind === 'toggle' && field.disabled?.(values)) return false
  return valueOf(profile, field.key, values)
}

/**
 * The new model's values, one per field of its profile: the value remembered for that model if
 * it is still valid, else the current one if it fits (same key, an allowed option), else the
 * default. A toggle the new model disables is off.
 */
export function valuesForSwitch(
  fromModel: string,
  fromValues: FieldValues,
  toModel: string,
  remembered: FieldValues = {},
): FieldValues {
  const from = profileFor(fromModel)
  const current: FieldValues = { ...fromValues, model: fromModel }
  const to = profileFor(toModel)
  const next: FieldValues = {}
  for (const field of to.fields) {
    const old = from.fields.find((f) => f.key === field.key)
    const carried = old && shown(from, old, current)
    const kept = remembered[field.key]
    next[field.key] = fits(field, kept) ? kept : fits(field, carried) ? carried : field.defaultValue
  }
  for (const field of to.fields) {
    if (field.kind === 'toggle' && field.disabled?.({ ...next, model: toModel })) {
      next[field.key] = false
    }
  }
  return next
}

/**
 * What a switch from one model to another changed, for a notice: fields the old profile had and
 * the new one lacks (toggles that were off are left out: nothing is lost), and shared choice
 * fields whose value changed (the old one is not allowed, or a remembered one came back).
 * `toValues` are the new model's values, as `valuesForSwitch` returned them.
 */
export function fieldsChangedBySwitch(
  fromModel: string,
  fromValues: FieldValues,
  toModel: string,
  toValues: FieldValues,
): SwitchChange[] {
  const from = profileFor(fromModel)
  const to = profileFor(toModel)
  const current: FieldValues = { ...fromValues, model: fromModel }
  const next: FieldValues = { ...toValues, model: toModel }
  const changes: SwitchChange[] = []
  for (const old of from.fields) {
    const field = to.fields.find((f) => f.key === old.key)
    const was = shown(from, old, current)
    if (!field) {
      if (was !== false) changes.push({ kind: 'removed', field: old.label })
      continue
    }
    const now = valueOf(to, field.key, next)
    if (field.kind === 'choice' && typeof now !== 'boolean' && now !== undefined && now !== was) {
      changes.push({ kind: 'reset', field: field.label, to: now })
    }
  }
  return changes
}
