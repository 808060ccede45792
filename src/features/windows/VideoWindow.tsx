import { memo } from 'react'
import { Rnd } from 'react-rnd'
import { useT } from '../../lib/i18n/i18n.ts'
import { ErrorBoundary } from '../../lib/ErrorBoundary.tsx'
import { TaskBody } from '../tasks/TaskBody.tsx'
import { useTask } from '../tasks/tasksStore.ts'
import { useWindowActions, useWindowRect, useZIndex, type WindowRect } from './windowsStore.ts'

/**
 * One task's floating window. react-rnd moves it without React renders during a drag;
 * the store hears only the final position and size.
 */
/** A window saved on a larger screen still opens where it can be reached. */
function onScreen(rect: WindowRect): WindowRect {
  const width = Math.min(rect.width, window.innerWidth)
  const height = Math.min(rect.height, window.innerHeight - 56)
  return {
    width,
    height,
    x: Math.max(0, Math.min(rect.x, window.innerWidth - width)),
    y: Math.max(0, Math.min(rect.y, window.innerHeight - 56 - 48)),
  }
}

export const VideoWindow = memo(function VideoWindow({ id }: { id: string }) {
  const t = useT()
  const rect = useWindowRect(id)
  const z = useZIndex(id)
  const record = useTask(id)
  const actions = useWindowActions()
  if (!rect || !record) return null
  const title = record.remixOf
    ? t('window.remixTitle', { prompt: record.remixOf.prompt, change: record.body.prompt })
    : t('window.title', { model: record.body.model, prompt: record.body.prompt })

  return (
    <Rnd
      default={onScreen(rect)}
      minWidth={280}
      minHeight={200}
      bounds="parent"
      dragHandleClassName="window-drag"
      cancel=".window-nodrag"
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
        onFocus={() => actions.focused(id)}
        className="flex h-full flex-col overflow-hidden rounded-lg border border-slate-600 bg-slate-900 shadow-2xl shadow-black/50"
      >
        <header className="window-drag flex cursor-move items-center gap-2 border-b border-slate-700 bg-slate-800 px-3 py-1.5">
          <h2 className="flex-1 truncate text-sm font-medium text-slate-100" title={title}>
            {title}
          </h2>
          <button
            type="button"
            aria-label={t('window.close')}
            title={t('window.close')}
            className="window-nodrag rounded px-2 text-slate-300 hover:bg-slate-700 hover:text-white"
            onClick={() => actions.closed(id)}
          >
            ×
          </button>
        </header>
        <div className="window-nodrag min-h-0 flex-1 cursor-auto overflow-auto p-3">
          <ErrorBoundary fallback={() => <p role="alert">{t('app.crashed')}</p>}>
            <TaskBody localId={id} />
          </ErrorBoundary>
        </div>
      </section>
    </Rnd>
  )
})
