import type { ReactNode } from 'react'
import { isFinished, NO_READ, taskStage, type TaskStage } from './stage.ts'
import type { TaskRecord } from './taskRecord.ts'
import { useTaskStage } from './useTaskQuery.ts'

type Render = (stage: TaskStage) => ReactNode

/**
 * Where a task stands, for a line or a chip: a finished task's stage comes from its record
 * alone; only one still going follows its query. Hundreds of finished rows (the history, the
 * dock) then cost no query observer and no timer each.
 */
export function StageOf({ record, children }: { record: TaskRecord; children: Render }) {
  return isFinished(record) ? (
    children(taskStage(record, NO_READ))
  ) : (
    <LiveStage record={record}>{children}</LiveStage>
  )
}

function LiveStage({ record, children }: { record: TaskRecord; children: Render }) {
  return children(useTaskStage(record))
}
