import { StageOf } from './StageOf.tsx'
import { KeptFirstFrame } from '../library/KeptFirstFrame.tsx'
import { StatusMark } from './StatusMark.tsx'
import type { TaskRecord } from './taskRecord.ts'

/**
 * A task at a glance (a dock button's content): a small poster once done, where it stands
 * (a dot, the percentage, a mark when failed), and its prompt.
 */
export function TaskChip({ record }: { record: TaskRecord }) {
  return (
    <StageOf record={record}>
      {(stage) => (
        <>
          {(stage.kind === 'succeeded' || stage.kind === 'local') && (
            <KeptFirstFrame
              localId={record.localId}
              className="h-5 w-9 shrink-0 rounded-sm bg-black object-cover"
            />
          )}
          <StatusMark stage={stage} />
          <span className="truncate">{record.body.prompt}</span>
        </>
      )}
    </StageOf>
  )
}

/** Where a task stands, beside its window's title. */
export function TaskTitleMark({ record }: { record: TaskRecord }) {
  return <StageOf record={record}>{(stage) => <StatusMark stage={stage} />}</StageOf>
}
