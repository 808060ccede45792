import { formatQuota, priceAsQuota } from '../../lib/format.ts'
import { useSentences, useT } from '../../lib/i18n/i18n.ts'
import { useQuota } from '../settings/quotaQuery.ts'
import { ResetDemoQuota } from '../settings/ResetDemoQuota.tsx'
import { useSettingsStore } from '../settings/settingsStore.ts'
import { useOfferedModels } from '../settings/useOfferedModels.ts'

/**
 * What to do when the balance is short, as this relay charges: a fixed price per video (then
 * a shorter video would not help: a cheaper model or more quota would), or no fixed price
 * published (relays that charge by the second and the size, as new-api's task adaptors do:
 * then a shorter or smaller video costs less). On the demo relay: reset its play quota.
 */
export function QuotaAdvice({ model }: { model: string }) {
  const t = useT()
  const sentences = useSentences()
  const demo = useSettingsStore((s) => s.demo)
  const { catalog } = useOfferedModels()
  const quota = useQuota().data
  if (demo)
    return (
      <>
        <p>{t('quotaAdvice.demo')}</p>
        <ResetDemoQuota />
      </>
    )
  const price = catalog?.prices?.[model]?.perRequest
  const left = quota && !quota.unlimited ? quota.remaining : null
  return (
    <p>
      {sentences([
        price === undefined || price === null
          ? t('quotaAdvice.byLength', { model })
          : t('quotaAdvice.perVideo', { model, cost: formatQuota(priceAsQuota(price)) }),
        left === null ? '' : t('quotaAdvice.left', { left: formatQuota(left) }),
      ])}
    </p>
  )
}
