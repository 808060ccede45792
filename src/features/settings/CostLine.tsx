import { useT } from '../../lib/i18n/i18n.ts'
import { formatQuota, priceAsQuota } from '../../lib/format.ts'
import { useQuota } from './quotaQuery.ts'
import { ResetDemoQuota } from './ResetDemoQuota.tsx'
import { useOfferedModels } from './useOfferedModels.ts'

/**
 * What a request will cost, beside what is left, before it is sent (Generate, a remix): only
 * where the relay's price list names a fixed price for the model (a per-request price, in its
 * display units), for the relay and key in use.
 */
export function CostLine({ model }: { model: string }) {
  const t = useT()
  const { catalog } = useOfferedModels()
  const quota = useQuota().data
  const price = catalog?.prices?.[model]?.perRequest
  if (price === undefined || price === null) return null
  const cost = priceAsQuota(price)
  const left = quota && !quota.unlimited ? quota.remaining : null
  const over = left !== null && cost > left
  return (
    <p className={`text-xs ${over ? 'text-amber-300' : 'text-slate-400'}`}>
      {t('composer.cost', { cost: formatQuota(cost) })}
      {left !== null &&
        ` · ${t(over ? 'composer.costOver' : 'composer.costLeft', { left: formatQuota(left) })}`}
      {/* On the demo relay, play quota is one click away. */}
      {over && (
        <span className="ml-2">
          <ResetDemoQuota />
        </span>
      )}
    </p>
  )
}
