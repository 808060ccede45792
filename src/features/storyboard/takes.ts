import type { KeptEntry } from '../library/keptIndex.ts'
import type { TaskRecord } from '../tasks/taskRecord.ts'
import type { Shot } from './shot.ts'

/** The take the film uses: the one chosen, else the newest asked for. */
export const filmTake = (shot: Shot): string | undefined => shot.chosen ?? shot.takes.at(-1)

export type TakeState = 'none' | 'running' | 'done' | 'failed'

export function takeState(record: TaskRecord | undefined): TakeState {
  if (!record) return 'none'
  if (record.outcome?.status === 'succeeded') return 'done'
  if (record.outcome?.status === 'failed' || record.phase === 'create_failed') return 'failed'
  return 'running'
}

/**
 * Where a continuing shot stands with the shot before it: its start frame can be read
 * (`ready`, with the kept file's name), it must wait, or it cannot start (`stop`, and why).
 */
export type FromPrevious =
  | { kind: 'ready'; take: string; file: string; prompt: string }
  | { kind: 'wait' }
  | { kind: 'stop'; reason: 'previousFailed' | 'previousNotKept' | 'previousMissing' }

export function fromPrevious(
  previous: Shot,
  tasks: Record<string, TaskRecord>,
  kept: Record<string, KeptEntry>,
  saving: readonly string[],
  /** Whether finished videos are kept here at all (the settings' "keep" switch). */
  keeping: boolean,
): FromPrevious {
  if (previous.wanted) return { kind: 'wait' }
  const take = filmTake(previous)
  if (!take) return { kind: 'stop', reason: 'previousMissing' }
  const record = tasks[take]
  const state = takeState(record)
  if (state === 'none') return { kind: 'stop', reason: 'previousMissing' }
  if (state === 'failed') return { kind: 'stop', reason: 'previousFailed' }
  if (state === 'running' || saving.includes(take)) return { kind: 'wait' }
  const entry = kept[take]
  // Finished a moment ago, its keeping not begun; or never to be kept, keeping being off.
  if (!entry) return keeping ? { kind: 'wait' } : { kind: 'stop', reason: 'previousNotKept' }
  if (entry.state !== 'kept') return { kind: 'stop', reason: 'previousNotKept' }
  return { kind: 'ready', take, file: entry.name, prompt: record?.body.prompt ?? '' }
}
