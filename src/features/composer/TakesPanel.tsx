import { useEffect, useId } from 'react'
import type { CreateTaskBody } from '../../api/types.ts'
import { formatQuota, priceAsQuota } from '../../lib/format.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { shownValues } from '../../profiles/shownValues.ts'
import { useSayValue } from '../tasks/useSayValue.ts'
import { useQuota } from '../settings/quotaQuery.ts'
import { useOfferedModels } from '../settings/useOfferedModels.ts'
import { MAX_VARIATIONS, planFor, type PlanForm } from './takes.ts'
import { useTakesStore } from './takesStore.ts'

interface Props {
  /** The form's model and the request it builds now. */
  model: string
  body: CreateTaskBody
  /** What another model's request is made from (see `planFor`). */
  form: PlanForm
}

/**
 * Several takes from one press: how many of each model, and which other models get the same
 * prompt (each with its own remembered settings, shown here before anything is sent), with
 * the total price beside the balance where the relay publishes prices.
 */
export function TakesPanel({ model, body, form }: Props) {
  const t = useT()
  const ids = { title: useId(), variations: useId() }
  const { variations, alsoOn, actions } = useTakesStore()
  const { models: offered, catalog } = useOfferedModels()
  const quota = useQuota().data
  const others = offered.filter((m) => m !== model).map((m) => planFor(m, form))
  const chosen = others.filter((p) => alsoOn.includes(p.model) && p.problem === null)
  const lines = [{ model, body }, ...chosen]

  const prices = lines.map((l) => catalog?.prices?.[l.model]?.perRequest ?? null)
  const priced = prices.filter((p): p is number => p !== null)
  const total = priced.reduce((sum, p) => sum + priceAsQuota(p), 0) * variations
  const left = quota && !quota.unlimited ? quota.remaining : null
  const over = priced.length > 0 && left !== null && total > left
  // The total and the question over the balance show by Generate, in the composer's foot.
  const totalText =
    priced.length === 0
      ? null
      : [
          t('takes.total', { cost: formatQuota(total), n: lines.length * variations }),
          priced.length < lines.length
            ? ` (${t('takes.unpriced', { n: (lines.length - priced.length) * variations })})`
            : '',
          left !== null
            ? ` · ${t(over ? 'composer.costOver' : 'composer.costLeft', { left: formatQuota(left) })}`
            : '',
        ].join('')
  const ask =
    over && left !== null
      ? t('takes.overBalance', { cost: formatQuota(total), left: formatQuota(left) })
      : null
  useEffect(() => {
    actions.summarySet(totalText === null ? null : { total: totalText, ask })
  }, [totalText, ask, actions])
  useEffect(() => () => actions.summarySet(null), [actions])
  useEffect(() => actions.plannerLoaded(planFor), [actions])

  const say = useSayValue()
  const toggle = (id: string, on: boolean) =>
    actions.alsoOnSet(on ? [...alsoOn, id] : alsoOn.filter((m) => m !== id))

  return (
    <section
      aria-labelledby={ids.title}
      className="space-y-3 rounded-md border border-slate-700 p-3 text-sm"
    >
      <div className="flex items-center justify-between gap-2">
        <h3 id={ids.title} className="font-semibold">
          {t('takes.title')}
        </h3>
        <button type="button" className="btn-ghost btn-sm" onClick={actions.reset}>
          {t('takes.close')}
        </button>
      </div>
      <p className="text-xs text-slate-400">{t('takes.hint')}</p>
      <div className="flex items-center gap-2">
        <label htmlFor={ids.variations}>{t('takes.variations')}</label>
        <select
          id={ids.variations}
          className="field"
          value={variations}
          onChange={(e) => actions.variationsSet(Number(e.target.value))}
        >
          {Array.from({ length: MAX_VARIATIONS }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {i + 1}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-1">
        <legend className="mb-1">{t('takes.alsoOn')}</legend>
        <ul className="max-h-40 space-y-1 overflow-auto">
          {others.map((p) => (
            <li key={p.model} className="flex flex-wrap items-baseline gap-x-2">
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={alsoOn.includes(p.model) && p.problem === null}
                  disabled={p.problem !== null}
                  onChange={(e) => toggle(p.model, e.target.checked)}
                />
                <span className="font-mono text-xs">{p.model}</span>
              </label>
              {p.problem && <span className="text-xs text-slate-500">{t(p.problem)}</span>}
            </li>
          ))}
        </ul>
      </fieldset>
      <ul aria-label={t('takes.plan')} className="space-y-1 text-xs text-slate-300">
        {lines.map((l) => {
          const values = shownValues(l.body).map(say)
          return (
            <li key={l.model}>
              <span className="font-mono text-slate-100">
                {t('takes.line', { model: l.model, n: variations })}
              </span>
              {' · '}
              {values.length > 0 ? values.join(' · ') : t('takes.defaults')}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
