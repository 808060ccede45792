import { isRelayError } from '../../api/errors.ts'
import { useCredentials } from './settingsStore.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { formatQuota } from '../../lib/format.ts'
import { useQuota } from './quotaQuery.ts'

/**
 * Remaining and total quota. It fails quietly (muted "unknown", the reason on hover):
 * some relays serve quota from another host, and that must never block generating.
 */
export function QuotaBadge() {
  const t = useT()
  const credentials = useCredentials()
  const query = useQuota()
  if (!credentials) return null
  const q = query.data
  let text: string
  let reason = ''
  if (q?.unlimited) text = t('quota.unlimited')
  else if (q && q.remaining !== null)
    text = t('quota.of', {
      remaining: formatQuota(q.remaining),
      total: q.total === null ? '?' : formatQuota(q.total),
    })
  else {
    text = t('quota.unknown')
    const e = query.error
    if (isRelayError(e)) reason = `${t(`error.${e.kind}`)}${e.detail ? ` ${e.detail}` : ''}`
  }
  const muted = !q || (!q.unlimited && q.remaining === null)
  const name = muted ? t('quota.refreshUnknown') : t('quota.refresh', { text })
  return (
    <button
      type="button"
      onClick={() => void query.refetch()}
      title={reason || name}
      aria-label={name}
      className={`rounded-full px-3 py-1 text-xs ${muted ? 'bg-slate-900 text-slate-500' : 'bg-slate-800 text-slate-200'} ${query.isFetching ? 'animate-pulse' : ''}`}
    >
      {/* "Quota unknown" names itself: the label goes only before a figure. */}
      {muted ? text : `${t('quota.label')} ${text}`}
    </button>
  )
}
