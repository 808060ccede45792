import { useEffect, useRef, useState } from 'react'
import type { Credentials } from '../../api/types.ts'
import { useT, type Translate } from '../../lib/i18n/i18n.ts'
import { formatQuota } from '../../lib/format.ts'
import { testConnection, type ConnectionResult } from './testConnection.ts'

function describe(result: ConnectionResult, t: Translate): string {
  switch (result.kind) {
    case 'connected': {
      const q = result.quota
      if (q?.unlimited) return t('conn.connectedUnlimited')
      if (q?.remaining == null) return t('conn.connectedNoQuota')
      return t('conn.connected', {
        quota: formatQuota(q.remaining),
        total: q.total == null ? '?' : formatQuota(q.total),
      })
    }
    case 'cors':
      return t('conn.cors', { origin: location.origin })
    case 'unexpected':
      return t('conn.unexpected', { detail: result.detail })
    default:
      return t(`conn.${result.kind}`)
  }
}

/** "Test connection" with the values being edited, before anything is saved. */
export function ConnectionTest({
  credentials,
  onFailed,
}: {
  credentials: () => Credentials | null
  /** The credentials a test has just failed for (Save then asks), or null after a pass. */
  onFailed?: (failed: Credentials | null) => void
}) {
  const t = useT()
  const [state, setState] = useState<{ busy: boolean; result: ConnectionResult | null }>({
    busy: false,
    result: null,
  })
  const controller = useRef<AbortController | null>(null)
  useEffect(() => () => controller.current?.abort(), [])

  async function run() {
    const creds = credentials()
    if (!creds) return
    controller.current?.abort()
    controller.current = new AbortController()
    setState({ busy: true, result: null })
    const result = await testConnection(creds, controller.current.signal).catch(
      (e: unknown): ConnectionResult => ({ kind: 'unexpected', detail: String(e) }),
    )
    if (controller.current.signal.aborted) return
    setState({ busy: false, result })
    onFailed?.(result.kind === 'connected' || result.kind === 'unverified' ? null : creds)
  }

  const ok = state.result?.kind === 'connected' || state.result?.kind === 'unverified'
  return (
    <div className="space-y-2">
      <button
        type="button"
        className="btn-outline"
        onClick={() => void run()}
        disabled={state.busy}
      >
        {state.busy ? t('settings.testing') : t('settings.test')}
      </button>
      <p role="status" className={ok ? 'text-sm text-emerald-300' : 'text-sm text-amber-200'}>
        {state.result ? describe(state.result, t) : ''}
      </p>
    </div>
  )
}
