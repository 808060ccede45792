import type { MessageKey } from '../../lib/i18n/i18n.ts'
import type { KeptEntry } from '../library/keptIndex.ts'
import type { TaskRecord } from '../tasks/taskRecord.ts'
import type { Shot } from './shot.ts'
import { filmTake, fromPrevious, takeState } from './takes.ts'

export interface ShotStatus {
  key: MessageKey
  params?: Record<string, string | number>
  tone: 'quiet' | 'busy' | 'good' | 'bad'
}

/** What a shot's card says of it: its film take's state, or why it waits or stopped. */
export function shotStatus(
  shots: readonly Shot[],
  index: number,
  tasks: Record<string, TaskRecord>,
  kept: Record<string, KeptEntry>,
  saving: readonly string[],
  keeping: boolean,
): ShotStatus {
  const shot = shots[index]!
  const previous = { n: index } // the shot before, as people count (1-based)
  if (shot.stopped) return { key: `board.stopped.${shot.stopped}`, params: previous, tone: 'bad' }
  if (shot.wanted) {
    const before = index > 0 && shot.continues ? shots[index - 1] : undefined
    return before && fromPrevious(before, tasks, kept, saving, keeping).kind === 'wait'
      ? { key: 'board.state.waiting', params: previous, tone: 'busy' }
      : { key: 'board.state.wanted', tone: 'busy' }
  }
  const take = filmTake(shot)
  const record = take ? tasks[take] : undefined
  switch (takeState(record)) {
    case 'none':
      return { key: 'board.state.none', tone: 'quiet' }
    case 'running':
      return { key: 'board.state.running', tone: 'busy' }
    case 'done': {
      // A continuing shot made from another video than the one now before it (shots moved,
      // another take chosen): said, so the film's join is not a surprise.
      const before = index > 0 && shot.continues ? shots[index - 1] : undefined
      const follows = record?.continues?.localId
      if (before && follows !== filmTake(before))
        return { key: 'board.state.stale', params: previous, tone: 'bad' }
      return { key: 'board.state.done', tone: 'good' }
    }
    case 'failed': {
      const reason =
        record?.outcome?.failure?.reason || record?.createFailure?.detail || record?.phase || ''
      return { key: 'board.state.failed', params: { reason: reason.slice(0, 200) }, tone: 'bad' }
    }
  }
}

/** The shots "Generate all" would send: those with no take, or whose take failed. */
export const shotsToMake = (shots: readonly Shot[], tasks: Record<string, TaskRecord>) =>
  shots.filter((s) => {
    if (s.wanted) return false
    const take = filmTake(s)
    const state = takeState(take ? tasks[take] : undefined)
    return state === 'none' || state === 'failed'
  })
