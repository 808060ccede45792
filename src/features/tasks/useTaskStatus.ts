import type { TaskRecord } from './tasksStore.ts'
import { useTaskQuery } from './useTaskQuery.ts'

export type TaskStage = 'submitting' | 'queued' | 'running' | 'succeeded' | 'failed'

/** One word for where a task stands, for the dock and the history. */
export function useTaskStage(record: TaskRecord): TaskStage {
  const { query } = useTaskQuery(record)
  if (record.phase === 'submitting') return 'submitting'
  if (record.phase === 'create_failed') return 'failed'
  return (record.outcome ?? query.data)?.status ?? 'queued'
}

export const isFinished = (record: TaskRecord) =>
  record.phase === 'create_failed' ||
  record.outcome?.status === 'succeeded' ||
  record.outcome?.status === 'failed'
