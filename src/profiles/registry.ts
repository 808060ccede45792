import { genericProfile } from './generic.ts'
import { grokProfile } from './grok.ts'
import { klingProfile } from './kling.ts'
import { seedanceProfile } from './seedance.ts'
import { soraProfile } from './sora.ts'
import type { ModelProfile } from './types.ts'
import { veoComponentsProfile, veoFramesProfile, veoProfile } from './veo.ts'
import { wanProfile, wanTextProfile } from './wan.ts'

/** Most specific first; the generic profile catches every other id. */
const PROFILES: readonly ModelProfile[] = [
  soraProfile,
  veoFramesProfile,
  veoComponentsProfile,
  veoProfile,
  grokProfile,
  klingProfile,
  seedanceProfile,
  wanTextProfile,
  wanProfile,
]

/** Always offered; the relay's model list adds the rest. */
export const BUILT_IN_MODELS = ['sora-2', 'sora-2-pro'] as const

export const profileFor = (model: string): ModelProfile =>
  PROFILES.find((p) => p.matches(model)) ?? genericProfile
