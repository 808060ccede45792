import type { Dialect } from '../../api/dialects.ts'
import { create } from 'zustand'
import { now } from '../../lib/clock.ts'
import type { TaskSnapshot } from '../../api/types.ts'
import type { CreateFailure, NewTask, TaskRecord } from './taskRecord.ts'

interface TasksState {
  tasks: Record<string, TaskRecord>
  /** Whether the kept tasks have been read (until then, "no tasks" may not be true). */
  loaded: boolean
  actions: {
    added: (record: NewTask) => void
    submitting: (localId: string, relay: string) => void
    /** Back in the queue: the relay said it did not take the create (nothing charged). */
    requeued: (localId: string) => void
    created: (localId: string, remoteId: string, dialect?: Dialect) => void
    createFailed: (localId: string, failure: CreateFailure) => void
    finished: (localId: string, outcome: TaskSnapshot) => void
    /** "Keep waiting": another deadline's worth of time from now. */
    deadlineExtended: (localId: string, byMs: number) => void
    favouriteSet: (localId: string, on: boolean) => void
    /** Tasks from an archive: added where this browser does not have them. */
    imported: (records: readonly TaskRecord[]) => void
  }
}

const patch = (state: TasksState, localId: string, change: Partial<TaskRecord>) => {
  const current = state.tasks[localId]
  return current ? { tasks: { ...state.tasks, [localId]: { ...current, ...change } } } : state
}

export const useTasksStore = create<TasksState>()((set) => ({
  tasks: {},
  loaded: false,
  actions: {
    added: (record) =>
      set((s) => ({
        tasks: {
          ...s.tasks,
          [record.localId]: {
            ...record,
            imageCount: record.body.images?.length ?? 0,
            // Sent by the take queue when the relay has a free slot (at once, mostly).
            phase: 'waiting',
          },
        },
      })),
    submitting: (localId, relay) =>
      set((s) =>
        patch(s, localId, { phase: 'submitting', relay, createFailure: undefined, sentAt: now() }),
      ),
    requeued: (localId) =>
      set((s) => patch(s, localId, { phase: 'waiting', createFailure: undefined })),
    created: (localId, remoteId, dialect) =>
      set((s) =>
        patch(s, localId, {
          phase: 'created',
          remoteId,
          dialect: dialect === 'v2' ? undefined : dialect,
        }),
      ),
    createFailed: (localId, createFailure) =>
      set((s) => patch(s, localId, { phase: 'create_failed', createFailure })),
    finished: (localId, outcome) =>
      set((s) => patch(s, localId, { outcome, finishedAt: s.tasks[localId]?.finishedAt ?? now() })),
    deadlineExtended: (localId, byMs) =>
      set((s) => {
        const r = s.tasks[localId]
        return r ? patch(s, localId, { deadlineMs: now() - r.createdAt + byMs }) : s
      }),
    favouriteSet: (localId, on) => set((s) => patch(s, localId, { favourite: on || undefined })),
    imported: (records) =>
      set((s) => ({
        tasks: {
          ...Object.fromEntries(records.map((r) => [r.localId, r])),
          ...s.tasks,
        },
      })),
  },
}))

// In IndexedDB, one record per task, in step with the other tabs (tasksDb): loaded after the
// first screen with the tasks themselves (idb and all), never before it.
type Keeper = ReturnType<typeof import('./tasksDb.ts').persistTasks>
let kept: Keeper | null = null
let keeping: Promise<Keeper> | null = null
const keeper = () =>
  (keeping ??= import('./tasksDb.ts').then((m) => (kept = m.persistTasks(useTasksStore))))

/**
 * Reads the kept tasks into the store (merged with any started meanwhile, which then are
 * written with them). The app calls it once its first screen is painted: the composer never
 * waits for thousands of tasks.
 */
export async function loadTasks() {
  try {
    await (await keeper()).load()
  } finally {
    // Read, or unreadable (said elsewhere): either way, what the store holds is all there is.
    useTasksStore.setState({ loaded: true })
  }
}
/** Resolves once every change made so far is written (tests, and a reload's stand-in). */
export const tasksSaved = async () => kept?.saved()
/**
 * Deletes tasks from this browser, in every tab (their relay's copies are not touched). Their
 * windows close and their kept files go with them (the app and the library see to that).
 */
export const forgetTasks = async (ids: readonly string[]) => (await keeper()).forget(ids)

export const useTask = (localId: string) => useTasksStore((s) => s.tasks[localId])
export const tasksActions = () => useTasksStore.getState().actions
