import { memo, useEffect } from 'react'
import { useT } from '../lib/i18n/i18n.ts'
import { isFinished } from '../features/tasks/stage.ts'
import { TaskBody } from '../features/tasks/TaskBody.tsx'
import { TaskChip, TaskTitleMark } from '../features/tasks/TaskChip.tsx'
import { useTask, useTasksStore } from '../features/tasks/tasksStore.ts'
import { useTaskTitle } from '../features/tasks/useTaskTitle.ts'
import { Dock, DockButton } from '../features/windows/Dock.tsx'
import { focusWindow } from '../features/windows/windowFocus.ts'
import { WindowFrame } from '../features/windows/WindowFrame.tsx'
import { WindowLayer } from '../features/windows/WindowLayer.tsx'
import {
  openWindow,
  setDoneRule,
  setShapeRule,
  useWindowsStore,
} from '../features/windows/windowsStore.ts'
import { frameRatio } from '../profiles/frame.ts'
import { showCompare, showView } from './useView.ts'
import { useShallow } from 'zustand/react/shallow'

/** A task in a window of the shell: its title on the frame, its body inside. */
const TaskWindow = memo(function TaskWindow({ id }: { id: string }) {
  const record = useTask(id)
  const title = useTaskTitle(record)
  if (!record) return null
  return (
    <WindowFrame
      id={id}
      title={title}
      titleExtras={
        <>
          <TaskTitleMark record={record} />
          {record.take && <CompareTakes group={record.take.group} />}
        </>
      }
    >
      <TaskBody localId={id} />
    </WindowFrame>
  )
})

/** A take's window offers its group side by side, once two or more of its takes are done. */
function CompareTakes({ group }: { group: string }) {
  const t = useT()
  const done = useTasksStore(
    useShallow((s) =>
      Object.values(s.tasks)
        .filter((r) => r.take?.group === group && r.outcome?.status === 'succeeded')
        .sort((a, b) => (a.take?.index ?? 0) - (b.take?.index ?? 0))
        .map((r) => r.localId)
        .slice(0, 8),
    ),
  )
  if (done.length < 2) return null
  return (
    <button
      type="button"
      className="window-nodrag min-h-6 min-w-6 rounded px-2 text-sky-300 hover:bg-slate-700 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
      aria-label={t('window.compareTakes', { n: done.length })}
      title={t('window.compareTakes', { n: done.length })}
      onClick={() => showCompare(done)}
    >
      ⇆
    </button>
  )
}

function TaskDockItem({ id }: { id: string }) {
  const record = useTask(id)
  const title = useTaskTitle(record)
  if (!record) return null
  return (
    <DockButton id={id} title={title}>
      <TaskChip record={record} />
    </DockButton>
  )
}

const taskFinished = (id: string) => {
  const record = useTasksStore.getState().tasks[id]
  return record !== undefined && isFinished(record)
}

export const showTask = (id: string) => {
  openWindow(id)
  focusWindow(id)
}

/**
 * The tasks on the window shell, with the dock (and a way to the library): loaded lazily, with react-rnd,
 * once there is a task. Polling does not live here: the app keeps tasks polling without it.
 */
export default function TaskWindows() {
  const t = useT()
  // A window whose task was not kept (a damaged record, dropped on reading) would hold
  // nothing, yet take a tile and never count as finished: close it.
  // A layout saved with more windows than the workspace holds is brought within bounds,
  // finished tasks' windows put away first.
  // The same for a task deleted (here, from the library, or in another tab).
  useEffect(() => {
    const closeOrphans = () => {
      const { tasks } = useTasksStore.getState()
      const { open, actions } = useWindowsStore.getState()
      const orphans = open.filter((id) => !tasks[id])
      if (orphans.length > 0) actions.closedMany(orphans)
    }
    closeOrphans()
    setDoneRule(taskFinished)
    setShapeRule((id) => {
      const record = useTasksStore.getState().tasks[id]
      return record ? frameRatio(record.frame) : null
    })
    useWindowsStore.getState().actions.bounded()
    return useTasksStore.subscribe((s, before) => {
      if (Object.keys(s.tasks).length < Object.keys(before.tasks).length) closeOrphans()
    })
  }, [])
  return (
    <>
      <WindowLayer>{(id) => <TaskWindow key={id} id={id} />}</WindowLayer>
      <Dock item={(id) => <TaskDockItem id={id} />}>
        {/* Every task, the closed windows' too: one click to the library. */}
        <button
          type="button"
          className="btn-ghost btn-sm shrink-0"
          onClick={() => showView('library')}
        >
          {t('view.library')}
        </button>
      </Dock>
    </>
  )
}
