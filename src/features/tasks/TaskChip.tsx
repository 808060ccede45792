import { useT } from '../../lib/i18n/i18n.ts'
import { stageWord, type TaskStage } from './stage.ts'
import { StageOf } from './StageOf.tsx'
import type { TaskRecord } from './taskRecord.ts'

/** Where a task stands in a word ("Queued", "Done"), with its progress while running. */
function TaskStageWord({ stage }: { stage: TaskStage }) {
  const t = useT()
  const word = t(`status.${stageWord(stage)}`)
  const progress = stage.kind === 'running' && stage.progress !== null ? stage.progress : null
  return (
    <span className="shrink-0 text-xs text-slate-400">
      {progress === null ? word : `${word} ${Math.round(progress)}%`}
    </span>
  )
}

/** A task in a word or two: its prompt and where it stands (a dock button's content). */
export function TaskChip({ record }: { record: TaskRecord }) {
  return (
    <>
      <span className="truncate">{record.body.prompt}</span>
      <StageOf record={record}>{(stage) => <TaskStageWord stage={stage} />}</StageOf>
    </>
  )
}
