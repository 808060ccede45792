import { genericProfile } from './generic.ts'
import { grokProfile } from './grok.ts'
import { soraProfile } from './sora.ts'
import type { FieldValues, ModelProfile } from './types.ts'
import { veoComponentsProfile, veoFramesProfile, veoProfile } from './veo.ts'
import { wanProfile } from './wan.ts'

/** Most specific first; the generic profile catches every other id. */
const PROFILES: readonly ModelProfile[] = [
  soraProfile,
  veoFramesProfile,
  veoComponentsProfile,
  veoProfile,
  grokProfile,
  wanProfile,
]

/** Always offered; the relay's model list adds the rest. */
export const BUILT_IN_MODELS = ['sora-2', 'sora-2-pro'] as const

export const profileFor = (model: string): ModelProfile =>
  PROFILES.find((p) => p.matches(model)) ?? genericProfile

/** A field's value, or its default when missing or no longer one of its options. */
export function valueOf(profile: ModelProfile, key: string, values: FieldValues) {
  const field = profile.fields.find((f) => f.key === key)
  if (!field) return undefined
  const v = values[key]
  if (field.kind === 'toggle') return typeof v === 'boolean' ? v : field.defaultValue
  return field.options.some((o) => o.value === v) ? (v as string | number) : field.defaultValue
}

/** The image frame the composer fits images into: the profile's aspect, if it has one. */
export function aspectOf(profile: ModelProfile, values: FieldValues): string {
  const aspect = valueOf(profile, 'aspect', values)
  return typeof aspect === 'string' ? aspect : '16:9'
}
