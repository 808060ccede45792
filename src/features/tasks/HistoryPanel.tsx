import { ageOf } from '../../lib/format.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { useKeyWithin } from '../../lib/useKey.ts'
import { useVirtualRows } from '../../lib/useVirtualRows.ts'
import { stageWord, type TaskStage } from './stage.ts'
import { StageOf } from './StageOf.tsx'
import { useTask, useTasksStore } from './tasksStore.ts'
import { useNow } from './useNow.ts'
import type { TaskRecord } from './taskRecord.ts'

interface Props {
  onClose: () => void
  /** Shows the task (the app opens its window). */
  onOpen: (localId: string) => void
}

/** The tasks' ids, newest first: sorted once per change of the tasks, not once per render. */
const sorted = new WeakMap<object, string[]>()
function newestFirst(tasks: Record<string, TaskRecord>): string[] {
  let ids = sorted.get(tasks)
  if (!ids) {
    ids = Object.values(tasks)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((r) => r.localId)
    sorted.set(tasks, ids)
  }
  return ids
}

/** A row's height: fixed, so the list renders only the rows in view. */
const ROW_PX = 48

/** Every task, newest first: closing a window never loses one. Thousands cost a screenful. */
export function HistoryPanel({ onClose, onOpen }: Props) {
  const t = useT()
  const panel = useKeyWithin<HTMLElement>('Escape', onClose)
  const ids = useTasksStore((s) => newestFirst(s.tasks))
  // Before it is measured, the list is as high as the panel may be (60 % of the viewport).
  const { scroller, first, last, totalPx } = useVirtualRows(
    ids.length,
    ROW_PX,
    window.innerHeight * 0.6,
  )
  // One clock for every row's age, not one timer per row.
  const now = useNow(true, 30_000)
  return (
    <section
      aria-label={t('history.title')}
      className="pointer-events-auto fixed right-2 bottom-12 z-[70] flex max-h-[60vh] w-[min(28rem,calc(100vw-1rem))] flex-col rounded-lg border border-slate-600 bg-slate-900 p-3 shadow-2xl"
      ref={panel}
    >
      <div className="mb-2 flex items-center justify-between">
        <h2 className="text-sm font-semibold">{t('history.title')}</h2>
        <button type="button" className="btn-ghost btn-sm" onClick={onClose}>
          {t('history.close')}
        </button>
      </div>
      {ids.length === 0 ? (
        <p className="text-sm text-slate-400">{t('history.empty')}</p>
      ) : (
        <div className="min-h-0 flex-1 overflow-auto" ref={scroller}>
          <ul className="relative" style={{ height: totalPx }}>
            {ids.slice(first, last).map((id, i) => (
              <HistoryRow
                key={id}
                id={id}
                index={first + i}
                count={ids.length}
                now={now}
                onOpen={onOpen}
              />
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

interface RowProps {
  id: string
  index: number
  count: number
  now: number
  onOpen: (localId: string) => void
}

function HistoryRow(props: RowProps) {
  const record = useTask(props.id)!
  return (
    <StageOf record={record}>
      {(stage) => <RowView {...props} record={record} stage={stage} />}
    </StageOf>
  )
}

function RowView({
  id,
  index,
  count,
  now,
  onOpen,
  record,
  stage,
}: RowProps & { record: TaskRecord; stage: TaskStage }) {
  const t = useT()
  return (
    <li
      // Only the rows in view exist: each says where it stands in the whole list.
      aria-setsize={count}
      aria-posinset={index + 1}
      className="absolute inset-x-0 flex items-center gap-2 rounded-md px-2 text-xs hover:bg-slate-800"
      style={{ top: index * ROW_PX, height: ROW_PX }}
    >
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm text-slate-100">{record.body.prompt}</p>
        <p className="truncate text-slate-400">
          {record.body.model} · {t(`status.${stageWord(stage)}`)} ·{' '}
          {t(...ageOf(now - record.createdAt))}
        </p>
      </div>
      <button
        type="button"
        className="btn-outline btn-sm"
        aria-label={`${t('history.open')}: ${record.body.prompt}`}
        onClick={() => onOpen(id)}
      >
        {t('history.open')}
      </button>
    </li>
  )
}
