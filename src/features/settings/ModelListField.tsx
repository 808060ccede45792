import { useId, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'

const BUILT_IN = ['sora-2', 'sora-2-pro']

/** The built-in models and the ids the user adds (a relay may serve others). */
export function ModelListField({
  models,
  onChange,
}: {
  models: string[]
  onChange: (models: string[]) => void
}) {
  const t = useT()
  const [draft, setDraft] = useState('')
  const ids = { input: useId(), hint: useId() }

  function add() {
    const id = draft.trim()
    if (!id) return
    if (!BUILT_IN.includes(id) && !models.includes(id)) onChange([...models, id])
    setDraft('')
  }

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t('settings.models')}</legend>
      <p id={ids.hint} className="text-xs text-slate-400">
        {t('settings.modelsHint')}
      </p>
      <ul className="flex flex-wrap gap-2">
        {[...BUILT_IN, ...models].map((id) => (
          <li
            key={id}
            className="flex items-center gap-1 rounded-full bg-slate-800 px-3 py-1 text-xs"
          >
            {id}
            {!BUILT_IN.includes(id) && (
              <button
                type="button"
                aria-label={t('settings.removeModel', { id })}
                className="rounded-full px-1 text-slate-400 hover:text-white"
                onClick={() => onChange(models.filter((m) => m !== id))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <label htmlFor={ids.input} className="sr-only">
          {t('settings.modelId')}
        </label>
        <input
          id={ids.input}
          className="field flex-1"
          value={draft}
          placeholder="veo3.1"
          aria-describedby={ids.hint}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
        />
        <button type="button" className="btn-ghost border border-slate-600" onClick={add}>
          {t('settings.addModel')}
        </button>
      </div>
    </fieldset>
  )
}
