import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { RelayErrorKind } from '../../api/errors.ts'
import type { CreateTaskBody, TaskSnapshot } from '../../api/types.ts'

/** What the window needs to know about a create that failed (plain data, not an Error). */
export interface CreateFailure {
  /** `interrupted`: the page closed while the create was on its way. */
  kind: RelayErrorKind | 'interrupted'
  detail?: string
  mayHaveReachedRelay: boolean
}

export interface TaskRecord {
  localId: string
  /** The relay (its relayId) the task was sent to: its id means nothing elsewhere. */
  relay: string
  /** What was sent. Image payloads stay in memory only: after a reload `images` is gone. */
  body: CreateTaskBody
  /** How many images the request carried, so a reload can tell that they are missing. */
  imageCount: number
  createdAt: number
  phase: 'submitting' | 'created' | 'create_failed'
  remoteId?: string
  createFailure?: CreateFailure
  /** The final state once known, so a reload need not ask the relay again. */
  outcome?: TaskSnapshot
  /** How long to wait before calling the job unusually long (default 60 minutes). */
  deadlineMs?: number
  /** A remix: the task it remixes (its relay id and prompt, for the title). */
  remixOf?: { localId: string; remoteId: string; prompt: string }
}

interface TasksState {
  tasks: Record<string, TaskRecord>
  actions: {
    added: (
      record: Pick<TaskRecord, 'localId' | 'relay' | 'body' | 'createdAt' | 'remixOf'>,
    ) => void
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
            return r ? patch(s, localId, { deadlineMs: Date.now() - r.createdAt + byMs }) : s
          }),
      },
    }),
    {
      name: 'sora-studio.tasks',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({
        tasks: Object.fromEntries(Object.entries(s.tasks).map(([id, r]) => [id, withoutImages(r)])),
      }),
      merge: (persisted, current) => {
        const stored =
          (persisted as { tasks?: Record<string, TaskRecord> } | undefined)?.tasks ?? {}
        const tasks: Record<string, TaskRecord> = {}
        for (const [id, r] of Object.entries(stored)) {
          if (r && typeof r === 'object' && typeof r.localId === 'string' && r.body)
            tasks[id] = interruptedOnReload(r)
        }
        return { ...current, tasks: { ...tasks, ...current.tasks } }
      },
    },
  ),
)

/** Image payloads are not kept across a reload: re-sending without them would be another request. */
export const imagesLost = (record: TaskRecord) => record.imageCount > 0 && !record.body.images

export const useTask = (localId: string) => useTasksStore((s) => s.tasks[localId])
export const tasksActions = () => useTasksStore.getState().actions
