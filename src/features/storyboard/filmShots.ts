import type { KeptEntry } from '../library/keptIndex.ts'
import type { TaskRecord } from '../tasks/taskRecord.ts'
import type { Shot } from './shot.ts'
import { filmTake, takeState } from './takes.ts'

/** A shot as the film has it: its number, its take, and the kept file that take plays from. */
export interface FilmShot {
  n: number
  shot: string
  take: string
  file: string
}

/**
 * The film's shots in order: each shot's chosen (or newest) take, where it is finished and
 * kept here; `missing` numbers the shots that have none (skipped by the preview, and what
 * stops an export).
 */
export function filmShots(
  shots: readonly Shot[],
  tasks: Record<string, TaskRecord>,
  kept: Record<string, KeptEntry>,
): { ready: FilmShot[]; missing: number[] } {
  const ready: FilmShot[] = []
  const missing: number[] = []
  shots.forEach((shot, i) => {
    const take = filmTake(shot)
    const entry = take ? kept[take] : undefined
    if (take && takeState(tasks[take]) === 'done' && entry?.state === 'kept')
      ready.push({ n: i + 1, shot: shot.id, take, file: entry.name })
    else missing.push(i + 1)
  })
  return { ready, missing }
}
