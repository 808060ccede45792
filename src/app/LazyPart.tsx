import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from '../lib/ErrorBoundary.tsx'
import { useT, type MessageKey } from '../lib/i18n/i18n.ts'

/**
 * A lazily loaded part of the app. If its chunk will not load (a dropped connection, a new
 * deploy), it says so in its own place, and everything else goes on.
 */
export function LazyPart({ failed, children }: { failed: MessageKey; children: ReactNode }) {
  return (
    <ErrorBoundary fallback={() => <Unavailable message={failed} />}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  )
}

function Unavailable({ message }: { message: MessageKey }) {
  const t = useT()
  return (
    <div role="alert" className="m-4 space-y-2 text-sm text-amber-100">
      <p>{t(message)}</p>
      <button type="button" className="btn" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  )
}
