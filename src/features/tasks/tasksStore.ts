import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { readFirstJSONStorage, registerRewrite } from '../../lib/storageHealth.ts'
import { isObject } from '../../lib/guards.ts'
import { now } from '../../lib/clock.ts'
import type { TaskSnapshot } from '../../api/types.ts'
import { migrateRecordV1, readRecord } from './readRecord.ts'
import type { CreateFailure, NewTask, TaskRecord } from './taskRecord.ts'

interface TasksState {
  tasks: Record<string, TaskRecord>
  actions: {
    added: (record: NewTask) => void
    submitting: (localId: string, relay: string) => void
    created: (localId: string, remoteId: string) => void
    createFailed: (localId: string, failure: CreateFailure) => void
    finished: (localId: string, outcome: TaskSnapshot) => void
    /** "Keep waiting": another deadline's worth of time from now. */
    deadlineExtended: (localId: string, byMs: number) => void
  }
}

const patch = (state: TasksState, localId: string, change: Partial<TaskRecord>) => {
  const current = state.tasks[localId]
  return current ? { tasks: { ...state.tasks, [localId]: { ...current, ...change } } } : state
}

/** localStorage holds about 5 MB: never an image payload in it. */
function withoutImages(record: TaskRecord): TaskRecord {
  if (!record.body.images) return record
  const { images, ...body } = record.body
  return { ...record, body }
}

/**
 * A create that was on its way when the page closed may or may not have reached the relay.
 * It is never re-sent on its own: the window says so and offers "Try again".
 */
function interruptedOnReload(record: TaskRecord): TaskRecord {
  if (record.phase !== 'submitting') return record
  return {
    ...record,
    phase: 'create_failed',
    createFailure: { kind: 'interrupted', mayHaveReachedRelay: true },
  }
}

/** The readable records of a stored state; the rest are dropped, never fatal. */
function readTasks(persisted: unknown, read = readRecord): Record<string, TaskRecord> {
  const stored = isObject(persisted) && isObject(persisted.tasks) ? persisted.tasks : {}
  const tasks: Record<string, TaskRecord> = {}
  for (const value of Object.values(stored)) {
    const record = read(value)
    if (record) tasks[record.localId] = record
  }
  return tasks
}

/**
 * Version 1 (until the redesign) kept no frame per task: each gets the one its body asked for.
 * A remix's body holds only the change, so it takes the frame of the task it remixes.
 */
function migrateTasks(persisted: unknown, version: number): { tasks: Record<string, TaskRecord> } {
  if (version >= 2) return { tasks: readTasks(persisted) }
  const tasks = readTasks(persisted, (v) => readRecord(migrateRecordV1(v)))
  for (const record of Object.values(tasks)) {
    const parent = record.remixOf && tasks[record.remixOf.localId]
    if (parent) tasks[record.localId] = { ...record, frame: parent.frame }
  }
  return { tasks }
}

const kept = readFirstJSONStorage<{ tasks: Record<string, TaskRecord> }>()

export const useTasksStore = create<TasksState>()(
  persist(
    (set) => ({
      tasks: {},
      actions: {
        added: (record) =>
          set((s) => ({
            tasks: {
              ...s.tasks,
              [record.localId]: {
                ...record,
                imageCount: record.body.images?.length ?? 0,
                phase: 'submitting',
              },
            },
          })),
        submitting: (localId, relay) =>
          set((s) => patch(s, localId, { phase: 'submitting', relay, createFailure: undefined })),
        created: (localId, remoteId) =>
          set((s) => patch(s, localId, { phase: 'created', remoteId })),
        createFailed: (localId, createFailure) =>
          set((s) => patch(s, localId, { phase: 'create_failed', createFailure })),
        finished: (localId, outcome) => set((s) => patch(s, localId, { outcome })),
        deadlineExtended: (localId, byMs) =>
          set((s) => {
            const r = s.tasks[localId]
            return r ? patch(s, localId, { deadlineMs: now() - r.createdAt + byMs }) : s
          }),
      },
    }),
    {
      name: 'sora-studio.tasks',
      version: 2,
      storage: kept.storage,
      // Read after the first screen (`loadTasks`): the composer is ready at once, however
      // many tasks are kept.
      skipHydration: true,
      partialize: (s) => ({
        tasks: Object.fromEntries(Object.entries(s.tasks).map(([id, r]) => [id, withoutImages(r)])),
      }),
      migrate: migrateTasks,
      // Stored data is read like a relay's answer: a record that cannot be read is dropped.
      merge: (persisted, current) => {
        const stored = Object.values(readTasks(persisted)).map(interruptedOnReload)
        const tasks = Object.fromEntries(stored.map((r) => [r.localId, r]))
        return { ...current, tasks: { ...tasks, ...current.tasks } }
      },
    },
  ),
)
registerRewrite(() => useTasksStore.setState({}))

/**
 * Reads the kept tasks into the store (merged with any started meanwhile, which then are
 * written with them). The app calls it once its first screen is painted.
 */
export async function loadTasks(): Promise<void> {
  await useTasksStore.persist.rehydrate()
  if (kept.wroteEarly()) useTasksStore.setState({})
}

/** How far a record has come: another tab's copy replaces ours only when it knows more. */
const progressOf = (r: TaskRecord) =>
  r.outcome ? 3 : r.remoteId ? 2 : r.phase === 'create_failed' ? 1 : 0

/**
 * Another tab saved its tasks: take the ones this tab lacks, and any it knows more of (a
 * remote id, an outcome), so neither tab's write drops the other's task. Its tasks still
 * submitting there stay submitting (its create is on its way, not interrupted). Writes back
 * only when this tab learned something, so two tabs settle instead of answering each other.
 */
export function tasksChangedElsewhere(raw: string | null) {
  let parsed: unknown
  try {
    parsed = raw === null ? null : JSON.parse(raw)
  } catch {
    return
  }
  const theirs = readTasks(isObject(parsed) ? parsed.state : null)
  const ours = useTasksStore.getState().tasks
  const learned = Object.values(theirs).filter((r) => {
    const mine = ours[r.localId]
    // More progress, or the same with a later deadline ("Keep waiting" pressed there).
    return (
      !mine ||
      progressOf(r) > progressOf(mine) ||
      (progressOf(r) === progressOf(mine) && (r.deadlineMs ?? 0) > (mine.deadlineMs ?? 0))
    )
  })
  if (learned.length === 0) return
  useTasksStore.setState((s) => ({
    tasks: { ...s.tasks, ...Object.fromEntries(learned.map((r) => [r.localId, r])) },
  }))
}

export const useTask = (localId: string) => useTasksStore((s) => s.tasks[localId])
export const tasksActions = () => useTasksStore.getState().actions
