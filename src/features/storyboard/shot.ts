import { asString, asStrings, isObject } from '../../lib/guards.ts'
import type { FieldValues } from '../../profiles/types.ts'
import { primitiveFields } from '../../profiles/values.ts'

/** One shot of a storyboard: what to ask for, and the takes asked for so far. */
export interface Shot {
  id: string
  prompt: string
  model: string
  values: FieldValues
  /** Starts from the previous shot's exact last frame (its chosen take's kept video). */
  continues: boolean
  /** An image of its own (first frame or reference), kept in this browser (shotImages.ts). */
  image?: { name: string }
  /** The tasks made for it, oldest first: every take stays to choose between. */
  takes: string[]
  /** The take the film uses; the newest finished one when none is chosen. */
  chosen?: string
  /**
   * "Generate all" or "Generate again" asked for a take that is not started yet: a
   * continuing shot waits here for its previous shot's video. Survives a reload.
   */
  wanted?: boolean
  /** The request's own id while wanted: a take is sent once per ask, whatever tab or reload. */
  ask?: string
  /** Why a wanted take was not started (said on the shot until it is asked for again). */
  stopped?: StopReason
}

export type StopReason =
  'previousFailed' | 'previousNotKept' | 'previousMissing' | 'frameFailed' | 'imageFailed'
const STOP_REASONS: readonly StopReason[] = [
  'previousFailed',
  'previousNotKept',
  'previousMissing',
  'frameFailed',
  'imageFailed',
]

export interface Storyboard {
  id: string
  name: string
  createdAt: number
  shots: Shot[]
}

export const newId = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

export const newShot = (model: string, values: FieldValues = {}): Shot => ({
  id: newId('shot'),
  prompt: '',
  model,
  values,
  continues: false,
  takes: [],
})

/** A shot as stored: what has the right shape (a damaged one is dropped, not guessed at). */
function readShot(v: unknown): Shot | null {
  if (!isObject(v)) return null
  const id = asString(v.id)
  const model = asString(v.model)
  if (!id || model === undefined) return null
  const chosen = asString(v.chosen)
  const image = isObject(v.image) ? asString(v.image.name) : undefined
  return {
    id,
    prompt: asString(v.prompt) ?? '',
    model,
    values: isObject(v.values) ? primitiveFields(v.values) : {},
    continues: v.continues === true,
    takes: asStrings(v.takes),
    ...(chosen && { chosen }),
    ...(image && { image: { name: image } }),
    ...(v.wanted === true && { wanted: true }),
    ...(typeof v.ask === 'string' && { ask: v.ask }),
    ...(STOP_REASONS.includes(v.stopped as StopReason) && { stopped: v.stopped as StopReason }),
  }
}

export function readBoard(v: unknown): Storyboard | null {
  if (!isObject(v)) return null
  const id = asString(v.id)
  if (!id) return null
  const shots = Array.isArray(v.shots) ? v.shots.map(readShot) : []
  return {
    id,
    name: asString(v.name) ?? '',
    createdAt: typeof v.createdAt === 'number' ? v.createdAt : 0,
    shots: shots.filter((s): s is Shot => s !== null),
  }
}
