import { memo, Profiler, type ReactNode } from 'react'
import { ErrorBoundary } from '../../lib/ErrorBoundary.tsx'
import { useT } from '../../lib/i18n/i18n.ts'
import { countRender } from '../../lib/renderCount.ts'

/**
 * What a window shows, memoised below the drag wrapper: moving, resizing or restacking a
 * window re-renders its frame, never this (its children element is the same object). Each
 * window has its own error boundary, so one broken window never blanks the app. The Profiler
 * counts its renders for a benchmark.
 */
export const WindowBody = memo(function WindowBody({
  id,
  children,
}: {
  id: string
  children: ReactNode
}) {
  const t = useT()
  return (
    <Profiler id={id} onRender={countRender}>
      <ErrorBoundary fallback={() => <p role="alert">{t('app.crashed')}</p>}>
        {children}
      </ErrorBoundary>
    </Profiler>
  )
})
