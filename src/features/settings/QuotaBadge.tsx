import { useQuery } from '@tanstack/react-query'
import { useCredentials } from '../../api/credentialsStore.ts'
import { relayKeys } from '../../api/queries.ts'
import { relay } from '../../api/relay.ts'
import { useT } from '../../lib/i18n/i18n.ts'

/** new-api's QuotaPerUnit: raw quota ÷ 500,000 is what the relay's site shows. */
export const QUOTA_PER_UNIT = 500_000

/** The account's remaining quota; it fails quietly, since some relays serve it elsewhere. */
export function QuotaBadge() {
  const t = useT()
  const credentials = useCredentials()
  const { data } = useQuery({
    queryKey: relayKeys.quota(credentials?.baseUrl ?? ''),
    queryFn: ({ signal }) => relay.getQuota({ signal }),
    enabled: credentials !== null,
    refetchInterval: 60_000,
    retry: 1,
  })
  if (!data || (!data.unlimited && data.remaining === null)) return null
  const amount = data.unlimited
    ? t('quota.unlimited')
    : t('quota.remaining', { amount: ((data.remaining ?? 0) / QUOTA_PER_UNIT).toFixed(2) })
  return (
    <span
      className="rounded-full bg-slate-800 px-3 py-1 text-xs text-slate-200"
      title={t('quota.label')}
    >
      <span className="sr-only">{t('quota.label')}: </span>
      {amount}
    </span>
  )
}
