import { useT } from '../../lib/i18n/i18n.ts'
import { stageWord } from './stage.ts'
import type { TaskRecord } from './taskRecord.ts'
import { useTaskStage } from './useTaskQuery.ts'

/** A task in a word or two: its prompt and where it stands (a dock button's content). */
export function TaskChip({ record }: { record: TaskRecord }) {
  const t = useT()
  const stage = useTaskStage(record)
  return (
    <>
      <span className="truncate">{record.body.prompt}</span>
      <span className="text-slate-400">{t(`status.${stageWord(stage)}`)}</span>
    </>
  )
}
