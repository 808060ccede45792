import { isObject } from '../../lib/guards.ts'
import { migrateRecordV1, readRecord } from './readRecord.ts'
import type { TaskRecord } from './taskRecord.ts'

/**
 * Where versions before the library kept every task, as one JSON value in localStorage (about
 * 5 MB for everything: a few thousand tasks at most, and two tabs overwrote each other's). Read
 * once, moved into IndexedDB, then removed.
 */
export const LEGACY_TASKS_KEY = 'sora-studio.tasks'

/** The readable records of a stored state; the rest are dropped, never fatal. */
function readTasks(persisted: unknown, read = readRecord): TaskRecord[] {
  const stored = isObject(persisted) && isObject(persisted.tasks) ? persisted.tasks : {}
  return Object.values(stored).flatMap((value) => read(value) ?? [])
}

/**
 * The records of `sora-studio.tasks` as any earlier version wrote it (zustand's persist:
 * `{ state: { tasks }, version }`); none when it is missing or unreadable.
 * Version 1 (until the redesign) kept no frame per task: each gets the one its body asked for.
 * A remix's body holds only the change, so it takes the frame of the task it remixes.
 */
export function readLegacyTasks(raw: string | null): TaskRecord[] {
  let parsed: unknown
  try {
    parsed = raw === null ? null : JSON.parse(raw)
  } catch {
    return []
  }
  if (!isObject(parsed)) return []
  const version = typeof parsed.version === 'number' ? parsed.version : 0
  if (version >= 2) return readTasks(parsed.state)
  const tasks = readTasks(parsed.state, (v) => readRecord(migrateRecordV1(v)))
  const byId = new Map(tasks.map((r) => [r.localId, r]))
  return tasks.map((r) => {
    const parent = r.remixOf && byId.get(r.remixOf.localId)
    return parent ? { ...r, frame: parent.frame } : r
  })
}
