import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ErrorBoundary } from '../lib/ErrorBoundary.tsx'
import { queryClient as appClient } from '../lib/queryClient.ts'
import { translate, browserLocale } from '../lib/i18n/i18n.ts'

/** The root boundary speaks the browser's language: the locale store may be what broke. */
function RootFallback() {
  const locale = browserLocale()
  return (
    <div role="alert" className="p-8 text-slate-100">
      <p>{translate(locale, 'app.crashed')}</p>
      <button type="button" className="btn mt-4" onClick={() => location.reload()}>
        {translate(locale, 'app.reload')}
      </button>
    </div>
  )
}

export function Providers({
  children,
  client = appClient,
}: {
  children: ReactNode
  client?: QueryClient
}) {
  return (
    <ErrorBoundary fallback={() => <RootFallback />}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ErrorBoundary>
  )
}
