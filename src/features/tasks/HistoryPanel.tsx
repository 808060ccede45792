import { useShallow } from 'zustand/react/shallow'
import { ageOf } from '../../lib/format.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { useKeyWithin } from '../../lib/useKey.ts'
import { stageWord } from './stage.ts'
import { useTask, useTasksStore } from './tasksStore.ts'
import { useNow } from './useNow.ts'
import { useTaskStage } from './useTaskQuery.ts'

interface Props {
  onClose: () => void
  /** Shows the task (the app opens its window). */
  onOpen: (localId: string) => void
}

/** Every task, newest first: closing a window never loses one. */
export function HistoryPanel({ onClose, onOpen }: Props) {
  const t = useT()
  const panel = useKeyWithin<HTMLElement>('Escape', onClose)
  const ids = useTasksStore(
    useShallow((s) =>
      Object.values(s.tasks)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((r) => r.localId),
    ),
  )
  return (
    <section
      aria-label={t('history.title')}
      className="pointer-events-auto fixed right-2 bottom-12 z-[70] max-h-[60vh] w-[min(28rem,calc(100vw-1rem))] overflow-auto rounded-lg border border-slate-600 bg-slate-900 p-3 shadow-2xl"
      ref={panel}
    >
      <div className="mb-2 flex items-center justify-between">
        <h2 className="text-sm font-semibold">{t('history.title')}</h2>
        <button type="button" className="btn-ghost py-0.5 text-xs" onClick={onClose}>
          {t('history.close')}
        </button>
      </div>
      {ids.length === 0 ? (
        <p className="text-sm text-slate-400">{t('history.empty')}</p>
      ) : (
        <ul className="space-y-1">
          {ids.map((id) => (
            <HistoryRow key={id} id={id} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  )
}

function HistoryRow({ id, onOpen }: { id: string; onOpen: (localId: string) => void }) {
  const t = useT()
  const record = useTask(id)!
  const stage = useTaskStage(record)
  const now = useNow(true, 30_000)
  return (
    <li className="flex items-center gap-2 rounded-md px-2 py-1 text-xs hover:bg-slate-800">
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm text-slate-100">{record.body.prompt}</p>
        <p className="text-slate-400">
          {record.body.model} · {t(`status.${stageWord(stage)}`)} ·{' '}
          {t(...ageOf(now - record.createdAt))}
        </p>
      </div>
      <button
        type="button"
        className="btn-ghost border border-slate-600 py-0.5 text-xs"
        aria-label={`${t('history.open')}: ${record.body.prompt}`}
        onClick={() => onOpen(id)}
      >
        {t('history.open')}
      </button>
    </li>
  )
}
