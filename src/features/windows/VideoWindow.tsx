import { memo, Profiler } from 'react'
import { Rnd } from 'react-rnd'
import { useT } from '../../lib/i18n/i18n.ts'
import { ErrorBoundary } from '../../lib/ErrorBoundary.tsx'
import { countRender } from '../../lib/renderCount.ts'
import { useKeyWithin } from '../../lib/useKey.ts'
import { TaskBody } from '../tasks/TaskBody.tsx'
import { useTask } from '../tasks/tasksStore.ts'
import { onScreen } from './layout.ts'
import { TitleBar } from './TitleBar.tsx'
import { useWindowTitle } from './useWindowTitle.ts'
import { focusAfterLeaving } from './windowFocus.ts'
import {
  useIsMaximized,
  useIsMinimized,
  useWindowActions,
  useWindowRect,
  useZIndex,
  windowArea,
} from './windowsStore.ts'

/**
 * What a window shows, memoised below the drag wrapper: moving, resizing or restacking a
 * window re-renders its frame, never this. The Profiler counts its renders for a benchmark.
 */
const WindowContent = memo(function WindowContent({ id }: { id: string }) {
  const t = useT()
  return (
    <Profiler id={id} onRender={countRender}>
      <ErrorBoundary fallback={() => <p role="alert">{t('app.crashed')}</p>}>
        <TaskBody localId={id} />
      </ErrorBoundary>
    </Profiler>
  )
})

/**
 * One task's floating window. react-rnd moves it without React renders during a drag;
 * the store hears only the final position and size (controlled, committed on stop).
 */
export const VideoWindow = memo(function VideoWindow({ id }: { id: string }) {
  const rect = useWindowRect(id)
  const z = useZIndex(id)
  const minimized = useIsMinimized(id)
  const maximized = useIsMaximized(id)
  const record = useTask(id)
  const actions = useWindowActions()
  const title = useWindowTitle(record)
  // Esc tucks the focused window into the dock (but not while typing a remix prompt).
  const frame = useKeyWithin<HTMLElement>('Escape', (e) => {
    if (e.target instanceof HTMLTextAreaElement) return
    e.stopPropagation()
    actions.minimized(id)
    focusAfterLeaving(id, 'minimized')
  })
  if (!rect || !record || minimized) return null
  const box = onScreen(rect, windowArea())

  return (
    <Rnd
      position={{ x: box.x, y: box.y }}
      size={{ width: box.width, height: box.height }}
      minWidth={280}
      minHeight={200}
      bounds="parent"
      dragHandleClassName="window-drag"
      cancel=".window-nodrag"
      disableDragging={maximized}
      enableResizing={!maximized}
      style={{ zIndex: 10 + z }}
      className="pointer-events-auto"
      onDragStop={(_e, d) => actions.moved(id, { x: d.x, y: d.y })}
      onResizeStop={(_e, _dir, el, _delta, pos) =>
        actions.moved(id, { width: el.offsetWidth, height: el.offsetHeight, ...pos })
      }
      onMouseDown={() => actions.focused(id)}
    >
      <section
        aria-label={title}
        data-window={id}
        tabIndex={-1}
        onFocus={() => actions.focused(id)}
        ref={frame}
        className="flex h-full flex-col overflow-hidden rounded-lg border focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none border-slate-600 bg-slate-900 shadow-2xl shadow-black/50"
      >
        <TitleBar id={id} title={title} maximized={maximized} />
        <div className="window-nodrag min-h-0 flex-1 cursor-auto overflow-auto p-3 select-text">
          <WindowContent id={id} />
        </div>
      </section>
    </Rnd>
  )
})
