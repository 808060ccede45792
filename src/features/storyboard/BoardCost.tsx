import { formatQuota, priceAsQuota } from '../../lib/format.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { useQuota } from '../settings/quotaQuery.ts'
import { useOfferedModels } from '../settings/useOfferedModels.ts'
import type { Shot } from './shot.ts'

/**
 * What generating these shots costs, beside what is left, before anything is sent: the sum of
 * the relay's per-request prices, saying which models it lists none for.
 */
export function BoardCost({ shots }: { shots: readonly Shot[] }) {
  const t = useT()
  const { catalog } = useOfferedModels()
  const quota = useQuota().data
  if (shots.length === 0 || !catalog?.prices) return null
  const prices = shots.map((s) => catalog.prices?.[s.model]?.perRequest ?? null)
  const priced = prices.filter((p): p is number => p !== null)
  if (priced.length === 0) return null
  const cost = priced.reduce((sum, p) => sum + priceAsQuota(p), 0)
  const unpriced = [...new Set(shots.filter((_, i) => prices[i] === null).map((s) => s.model))]
  const left = quota && !quota.unlimited ? quota.remaining : null
  const over = left !== null && cost > left
  return (
    <p className={`text-sm ${over ? 'text-amber-300' : 'text-slate-300'}`}>
      {unpriced.length === 0
        ? t(shots.length === 1 ? 'board.costOne' : 'board.cost', {
            n: shots.length,
            cost: formatQuota(cost),
          })
        : t('board.costPart', {
            n: shots.length,
            priced: priced.length,
            cost: formatQuota(cost),
            models: unpriced.join(', '),
          })}
      {left !== null && ` · ${t('board.costLeft', { left: formatQuota(left) })}`}
    </p>
  )
}
