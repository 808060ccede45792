import { useId, useState } from 'react'
import { createRelayClient } from '../../api/relayClient.ts'
import type { Credentials } from '../../api/types.ts'
import { useSentences, useT } from '../../lib/i18n/i18n.ts'
import { BUILT_IN_MODELS, profileFor } from '../../profiles/registry.ts'
import { formatQuota, priceAsQuota } from '../../lib/format.ts'
import { AddBox } from '../../lib/ui/AddBox.tsx'
import { fetchCatalog, listedIds, videoHint, type Catalog } from '../models/catalog.ts'

interface Props {
  /** The ids offered now, in order. */
  chosen: string[]
  onChosen: (ids: string[]) => void
  /** What the relay said last (the saved relay's cache, or a refresh in this dialog). */
  catalog: Catalog | undefined
  /** A refresh's answer, with the relay and key it was asked with. */
  onCatalog: (catalog: Catalog, from: Credentials) => void
  /** The base URL and key being edited: a refresh asks that relay, saved or not. */
  credentials: () => Credentials | null
}

/**
 * Which models the composer offers. "Refresh models" asks the relay which ids the key may
 * use and, where it has a price list, which are video models and what they cost. Ids can
 * also be added by hand: an unknown id still works with prompt and images.
 */
export function ModelChooser({ chosen, onChosen, catalog, onCatalog, credentials }: Props) {
  const t = useT()
  const sentences = useSentences()
  const [draft, setDraft] = useState('')
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<string | null>(null)
  const ids = { row: useId(), hint: useId(), note: useId() }
  const rows = [...new Set([...chosen, ...BUILT_IN_MODELS, ...listedIds(catalog)])]

  async function refresh() {
    const creds = credentials()
    if (!creds) return setNote(t('models.needRelay'))
    setBusy(true)
    const found = await fetchCatalog(createRelayClient(() => creds))
    setBusy(false)
    onCatalog(found, creds)
    setNote(describe(found))
  }

  function describe(found: Catalog): string {
    if (found.ids === null) {
      const reason =
        found.unavailable === 'unknown' ? 'malformed' : (found.unavailable ?? 'malformed')
      return t('models.unavailable', { reason: t(`error.${reason}`) })
    }
    const count = (hint: boolean | null) =>
      found.ids?.filter((id) => videoHint(id, found) === hint).length ?? 0
    const [unknown, other] = [count(null), count(false)]
    return sentences([
      t('models.found', { n: count(true) }),
      unknown > 0 ? t('models.unknownListed', { n: unknown }) : '',
      other > 0 ? t('models.otherHidden', { n: other }) : '',
      found.prices ? '' : t('models.noPricing'),
    ])
  }

  function toggle(id: string, on: boolean) {
    onChosen(
      on ? rows.filter((r) => r === id || chosen.includes(r)) : chosen.filter((c) => c !== id),
    )
  }

  function add() {
    const id = draft.trim()
    if (id && !chosen.includes(id)) onChosen([...chosen, id])
    setDraft('')
  }

  return (
    <fieldset className="space-y-2" aria-describedby={ids.hint}>
      <legend className="text-sm font-medium">{t('settings.models')}</legend>
      <p id={ids.hint} className="text-xs text-slate-400">
        {t('settings.modelsHint')}
      </p>
      <div className="flex items-center gap-2">
        <button
          type="button"
          className="btn-outline btn-sm shrink-0 whitespace-nowrap"
          onClick={() => void refresh()}
          disabled={busy}
        >
          {busy ? t('models.refreshing') : t('models.refresh')}
        </button>
        <p id={ids.note} role="status" className="text-xs text-slate-400">
          {note}
        </p>
      </div>
      <ul className="max-h-56 space-y-1 overflow-auto rounded-md border border-slate-700 p-2">
        {rows.map((id) => {
          const price = catalog?.prices?.[id]?.perRequest
          return (
            <li key={id} className="flex items-center gap-2 text-sm">
              <input
                id={`${ids.row}-${id}`}
                type="checkbox"
                checked={chosen.includes(id)}
                onChange={(e) => toggle(id, e.target.checked)}
              />
              <label htmlFor={`${ids.row}-${id}`} className="flex-1 font-mono text-xs">
                {id}
              </label>
              <span className="text-xs text-slate-400">{t(profileFor(id).name)}</span>
              {price !== undefined && price !== null && (
                <span className="text-xs text-slate-400">
                  {t('models.price', { price: formatQuota(priceAsQuota(price)) })}
                </span>
              )}
            </li>
          )
        })}
      </ul>
      <AddBox
        label={t('settings.modelId')}
        button={t('settings.addModel')}
        value={draft}
        onChange={setDraft}
        onAdd={add}
        placeholder="veo3.1"
      />
    </fieldset>
  )
}
