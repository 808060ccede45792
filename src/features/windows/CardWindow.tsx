import { memo } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { ErrorBoundary } from '../../lib/ErrorBoundary.tsx'
import { useKeyWithin } from '../../lib/useKey.ts'
import { TaskBody } from '../tasks/TaskBody.tsx'
import { useTask } from '../tasks/tasksStore.ts'
import { TitleBar } from './TitleBar.tsx'
import { useWindowTitle } from './useWindowTitle.ts'
import { focusAfterLeaving } from './windowFocus.ts'
import { useIsMinimized, useWindowActions } from './windowsStore.ts'

/** On a narrow screen a task's window is a full-width card in the page's flow. */
export const CardWindow = memo(function CardWindow({ id }: { id: string }) {
  const t = useT()
  const record = useTask(id)
  const minimized = useIsMinimized(id)
  const title = useWindowTitle(record)
  const { minimized: minimize } = useWindowActions()
  const frame = useKeyWithin<HTMLElement>('Escape', (e) => {
    if (e.target instanceof HTMLTextAreaElement) return
    minimize(id)
    focusAfterLeaving(id, 'minimized')
  })
  if (!record || minimized) return null
  return (
    <section
      ref={frame}
      aria-label={title}
      data-window={id}
      tabIndex={-1}
      className="overflow-hidden rounded-lg border border-slate-600 bg-slate-900"
    >
      <TitleBar id={id} title={title} maximized={null} />
      <div className="p-3">
        <ErrorBoundary fallback={() => <p role="alert">{t('app.crashed')}</p>}>
          <TaskBody localId={id} />
        </ErrorBoundary>
      </div>
    </section>
  )
})
