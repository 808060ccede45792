import type { KeptEntry } from '../library/keptIndex.ts'
import type { TaskRecord } from '../tasks/taskRecord.ts'

export type StatusFilter = 'any' | 'done' | 'running' | 'failed'
type KeptFilter = 'any' | 'kept' | 'notKept'
type SinceFilter = 'any' | 'day' | 'week' | 'month'
type SortOrder = 'newest' | 'oldest' | 'model' | 'size'

/** What the library shows: every filter the toolbar offers. */
export interface LibraryQuery {
  text: string
  /** '' = every model. */
  model: string
  status: StatusFilter
  kept: KeptFilter
  since: SinceFilter
  favourites: boolean
  sort: SortOrder
  /** '' or a task's id: only the remixes made of it (lineage, one click from its card). */
  remixesOf: string
  /** '' or a task's id: only the videos that continue it (Continue, Extend). */
  continuesOf: string
}

export const ANY_QUERY: LibraryQuery = {
  text: '',
  model: '',
  status: 'any',
  kept: 'any',
  since: 'any',
  favourites: false,
  sort: 'newest',
  remixesOf: '',
  continuesOf: '',
}

/** Where a task stands, as the library sorts it (the window tells the finer stages). */
export function statusOf(r: TaskRecord): Exclude<StatusFilter, 'any'> {
  if (r.outcome?.status === 'succeeded' || r.phase === 'local') return 'done'
  if (r.outcome?.status === 'failed' || r.phase === 'create_failed') return 'failed'
  return 'running'
}

const DAY_MS = 86_400_000
const SINCE_MS: Record<Exclude<SinceFilter, 'any'>, number> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30 * DAY_MS,
}

const keptSize = (e: KeptEntry | undefined) => (e?.state === 'kept' ? e.size : 0)

/**
 * The ids the library shows, in order. Substring search (case-folded, each word), so a Chinese
 * prompt is found by any run of its characters. Pure: the view memoises it per change of its inputs.
 */
export function pickItems(
  tasks: Record<string, TaskRecord>,
  entries: Record<string, KeptEntry>,
  q: LibraryQuery,
  now: number,
): string[] {
  // Each word typed must appear (in any order); a Chinese phrase, with no spaces, is one run.
  const words = q.text.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const from = q.since === 'any' ? -Infinity : now - SINCE_MS[q.since]
  const picked = Object.values(tasks).filter((r) => {
    if (q.model && r.body.model !== q.model) return false
    if (q.status !== 'any' && statusOf(r) !== q.status) return false
    const kept = entries[r.localId]?.state === 'kept'
    if (q.kept === 'kept' ? !kept : q.kept === 'notKept' && kept) return false
    if (q.favourites && !r.favourite) return false
    if (q.remixesOf && r.remixOf?.localId !== q.remixesOf) return false
    if (q.continuesOf && r.continues?.localId !== q.continuesOf) return false
    if (r.createdAt < from) return false
    const prompt = r.body.prompt.toLocaleLowerCase()
    return words.every((w) => prompt.includes(w))
  })
  const newest = (a: TaskRecord, b: TaskRecord) => b.createdAt - a.createdAt
  const order: Record<SortOrder, (a: TaskRecord, b: TaskRecord) => number> = {
    newest,
    oldest: (a, b) => a.createdAt - b.createdAt,
    model: (a, b) => a.body.model.localeCompare(b.body.model) || newest(a, b),
    size: (a, b) => keptSize(entries[b.localId]) - keptSize(entries[a.localId]) || newest(a, b),
  }
  return picked.sort(order[q.sort]).map((r) => r.localId)
}

/** The models among the tasks, for the model filter. */
export const modelsOf = (tasks: Record<string, TaskRecord>) =>
  [...new Set(Object.values(tasks).flatMap((r) => (r.body.model ? [r.body.model] : [])))].sort()

/** How many remixes each task has here (lineage: the source lists its remixes). */
export const remixCounts = (tasks: Record<string, TaskRecord>) =>
  countBy(tasks, (r) => r.remixOf?.localId)

/** How many videos continue each task here (Continue, Extend): its card lists them. */
export const continuationCounts = (tasks: Record<string, TaskRecord>) =>
  countBy(tasks, (r) => r.continues?.localId)

function countBy(
  tasks: Record<string, TaskRecord>,
  parent: (r: TaskRecord) => string | undefined,
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>()
  for (const r of Object.values(tasks)) {
    const id = parent(r)
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}
