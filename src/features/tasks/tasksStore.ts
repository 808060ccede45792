import { create } from 'zustand'
import type { RelayErrorKind } from '../../api/errors.ts'
import type { CreateTaskBody } from '../../api/types.ts'

/** What the window needs to know about a create that failed (plain data, not an Error). */
export interface CreateFailure {
  kind: RelayErrorKind
  detail?: string
  mayHaveReachedRelay: boolean
}

export interface TaskRecord {
  localId: string
  /** The relay (its relayId) the task was sent to: its id means nothing elsewhere. */
  relay: string
  body: CreateTaskBody
  createdAt: number
  phase: 'submitting' | 'created' | 'create_failed'
  remoteId?: string
  createFailure?: CreateFailure
}

interface TasksState {
  tasks: Record<string, TaskRecord>
  actions: {
    added: (record: Pick<TaskRecord, 'localId' | 'relay' | 'body' | 'createdAt'>) => void
    submitting: (localId: string, relay: string) => void
    created: (localId: string, remoteId: string) => void
    createFailed: (localId: string, failure: CreateFailure) => void
  }
}

const patch = (state: TasksState, localId: string, change: Partial<TaskRecord>) => {
  const current = state.tasks[localId]
  return current ? { tasks: { ...state.tasks, [localId]: { ...current, ...change } } } : state
}

export const useTasksStore = create<TasksState>()((set) => ({
  tasks: {},
  actions: {
    added: (record) =>
      set((s) => ({ tasks: { ...s.tasks, [record.localId]: { ...record, phase: 'submitting' } } })),
    submitting: (localId, relay) =>
      set((s) => patch(s, localId, { phase: 'submitting', relay, createFailure: undefined })),
    created: (localId, remoteId) => set((s) => patch(s, localId, { phase: 'created', remoteId })),
    createFailed: (localId, createFailure) =>
      set((s) => patch(s, localId, { phase: 'create_failed', createFailure })),
  },
}))

export const useTask = (localId: string) => useTasksStore((s) => s.tasks[localId])
export const tasksActions = () => useTasksStore.getState().actions
