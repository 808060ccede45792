import { useShallow } from 'zustand/react/shallow'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { useKeyWithin } from '../../lib/useKey.ts'
import { useNow } from '../tasks/useNow.ts'
import { useTask, useTasksStore } from '../tasks/tasksStore.ts'
import { useTaskStage } from '../tasks/useTaskStatus.ts'
import { focusWindow } from './windowFocus.ts'
import { useWindowActions } from './windowsStore.ts'

/** How long ago, in the largest whole unit: "41 s ago", "3 min ago", "2 h ago", "5 d ago". */
function ageOf(ms: number): [MessageKey, { n: number }] {
  const s = Math.max(0, Math.floor(ms / 1000))
  if (s < 60) return ['history.ageSeconds', { n: s }]
  if (s < 3600) return ['history.ageMinutes', { n: Math.floor(s / 60) }]
  if (s < 48 * 3600) return ['history.ageHours', { n: Math.floor(s / 3600) }]
  return ['history.ageDays', { n: Math.floor(s / 86400) }]
}

/** Every task, newest first: closing a window never loses one. */
export function HistoryPanel({ onClose }: { onClose: () => void }) {
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
            <HistoryRow key={id} id={id} />
          ))}
        </ul>
      )}
    </section>
  )
}

function HistoryRow({ id }: { id: string }) {
  const t = useT()
  const record = useTask(id)!
  const stage = useTaskStage(record)
  const now = useNow(true, 30_000)
  const { opened } = useWindowActions()
  return (
    <li className="flex items-center gap-2 rounded-md px-2 py-1 text-xs hover:bg-slate-800">
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm text-slate-100">{record.body.prompt}</p>
        <p className="text-slate-400">
          {record.body.model} · {t(`status.${stage}`)} · {t(...ageOf(now - record.createdAt))}
        </p>
      </div>
      <button
        type="button"
        className="btn-ghost border border-slate-600 py-0.5 text-xs"
        aria-label={`${t('history.open')}: ${record.body.prompt}`}
        onClick={() => {
          opened(id)
          focusWindow(id)
        }}
      >
        {t('history.open')}
      </button>
    </li>
  )
}
