import { useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { useTask, useTasksStore } from '../tasks/tasksStore.ts'
import { isFinished, useTaskStage } from '../tasks/useTaskStatus.ts'
import { HistoryPanel } from './HistoryPanel.tsx'
import { useWindowTitle } from './useWindowTitle.ts'
import { focusWindow } from './windowFocus.ts'
import {
  useMinimizedIds,
  useOpenWindowIds,
  useWindowActions,
  useWindowsStore,
  windowArea,
} from './windowsStore.ts'

/** The strip along the bottom: minimised windows, tile, close finished, and the history. */
export function Dock() {
  const t = useT()
  const minimized = useMinimizedIds()
  const open = useOpenWindowIds()
  const actions = useWindowActions()
  const [history, setHistory] = useState(false)

  function closeFinished() {
    const tasks = useTasksStore.getState().tasks
    actions.closedMany(
      useWindowsStore.getState().open.filter((id) => tasks[id] && isFinished(tasks[id])),
    )
  }

  return (
    <>
      <nav
        aria-label={t('dock.label')}
        className="pointer-events-auto fixed inset-x-0 bottom-0 z-[60] flex h-11 items-center gap-2 overflow-x-auto border-t border-slate-800 bg-slate-950/95 px-3"
      >
        <button
          type="button"
          className="btn-ghost shrink-0 py-1 text-xs"
          onClick={() => setHistory((h) => !h)}
          aria-expanded={history}
        >
          {t('dock.history')}
        </button>
        <button
          type="button"
          className="btn-ghost shrink-0 py-1 text-xs"
          disabled={open.length === 0}
          onClick={() => actions.tiled(windowArea())}
        >
          {t('dock.tile')}
        </button>
        <button
          type="button"
          className="btn-ghost shrink-0 py-1 text-xs"
          disabled={open.length === 0}
          onClick={closeFinished}
        >
          {t('dock.closeFinished')}
        </button>
        <ul className="flex min-w-0 gap-2">
          {minimized.map((id) => (
            <DockItem key={id} id={id} />
          ))}
        </ul>
      </nav>
      {history && <HistoryPanel onClose={() => setHistory(false)} />}
    </>
  )
}

function DockItem({ id }: { id: string }) {
  const t = useT()
  const record = useTask(id)
  const title = useWindowTitle(record)
  const { opened } = useWindowActions()
  if (!record) return null
  return (
    <li className="shrink-0">
      <DockButton
        label={t('window.show', { title })}
        onClick={() => {
          opened(id)
          focusWindow(id)
        }}
        dockItem={id}
        record={record}
        title={title}
      />
    </li>
  )
}

function DockButton({
  label,
  onClick,
  record,
  title,
  dockItem,
}: {
  label: string
  dockItem: string
  onClick: () => void
  record: NonNullable<ReturnType<typeof useTask>>
  title: string
}) {
  const t = useT()
  const stage = useTaskStage(record)
  return (
    <button
      type="button"
      aria-label={label}
      title={title}
      data-dock-item={dockItem}
      onClick={onClick}
      className="flex max-w-56 items-center gap-2 rounded-md border border-slate-700 bg-slate-900 px-2 py-1 text-xs hover:bg-slate-800"
    >
      <span className="truncate">{record.body.prompt}</span>
      <span className="text-slate-400">{t(`status.${stage}`)}</span>
    </button>
  )
}
