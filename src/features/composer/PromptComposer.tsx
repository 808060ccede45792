import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useCredentials, useExtraModels } from '../../api/settingsStore.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { openSettings, openUnlock } from '../settings/settingsUi.ts'
import { startTask } from '../tasks/submitTask.ts'
import {
  ASPECTS,
  DURATIONS,
  hdAllowed,
  SORA_MODELS,
  soraBody,
  type SoraParams,
} from './soraParams.ts'

const initial: SoraParams = {
  model: 'sora-2',
  prompt: '',
  aspectRatio: '16:9',
  duration: 10,
  hd: false,
}

/** The first slice of the composer: a prompt and Sora's parameters. */
export function PromptComposer() {
  const t = useT()
  const credentials = useCredentials()
  const extraModels = useExtraModels()
  const locked = useVaultStore((s) => s.status === 'locked')
  const [params, setParams] = useState(initial)
  // A message key, not text: switching language re-renders it in the new one.
  const [error, setError] = useState<MessageKey | null>(null)
  const lastSubmit = useRef({ at: 0, body: '' })
  const ids = { prompt: useId(), error: useId() }
  const set = (change: Partial<SoraParams>) => setParams((p) => ({ ...p, ...change }))

  function submit(e?: FormEvent) {
    e?.preventDefault()
    if (!params.prompt.trim()) return setError('composer.emptyPrompt')
    if (locked) return openUnlock()
    if (!credentials) {
      setError('settings.needed')
      return openSettings()
    }
    // A double click or a repeated Ctrl+Enter must never create two paid tasks: the same
    // request within two seconds is the same intent. A changed prompt is a new one.
    const body = soraBody(params)
    const now = Date.now()
    const signature = JSON.stringify(body)
    if (signature === lastSubmit.current.body && now - lastSubmit.current.at < 2000) return
    lastSubmit.current = { at: now, body: signature }
    setError(null)
    startTask(body)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit()
  }

  return (
    <form
      onSubmit={submit}
      className="space-y-4 rounded-xl border border-slate-700 bg-slate-900/70 p-4"
    >
      <h2 className="text-lg font-semibold">{t('composer.title')}</h2>
      <div className="space-y-1">
        <label htmlFor={ids.prompt} className="text-sm font-medium">
          {t('composer.prompt')}
        </label>
        <textarea
          id={ids.prompt}
          value={params.prompt}
          onChange={(e) => set({ prompt: e.target.value })}
          onKeyDown={onKeyDown}
          rows={5}
          placeholder={t('composer.placeholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.error : undefined}
          className="field w-full resize-y"
        />
        <div className="flex justify-between text-xs text-slate-400">
          <span>{t('composer.shortcut')}</span>
          <span>{t('composer.chars', { count: params.prompt.length })}</span>
        </div>
        {error && (
          <p id={ids.error} role="alert" className="text-sm text-red-300">
            {t(error)}
          </p>
        )}
      </div>
      <div className="grid grid-cols-2 gap-3">
        <label className="space-y-1 text-sm">
          <span className="font-medium">{t('composer.model')}</span>
          <select
            className="field w-full"
            value={params.model}
            onChange={(e) =>
              set({ model: e.target.value, hd: hdAllowed(e.target.value) && params.hd })
            }
          >
            {[...SORA_MODELS, ...extraModels].map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">{t('composer.duration')}</span>
          <select
            className="field w-full"
            value={params.duration}
            onChange={(e) => set({ duration: Number(e.target.value) as SoraParams['duration'] })}
          >
            {DURATIONS.map((d) => (
              <option key={d} value={d}>
                {t('composer.seconds', { n: d })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">{t('composer.aspect')}</legend>
        <div className="flex gap-4">
          {ASPECTS.map((a) => (
            <label key={a} className="flex items-center gap-2">
              <input
                type="radio"
                name="aspect"
                checked={params.aspectRatio === a}
                onChange={() => set({ aspectRatio: a })}
              />
              {t(a === '16:9' ? 'composer.aspect.landscape' : 'composer.aspect.portrait')}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={params.hd}
          disabled={!hdAllowed(params.model)}
          onChange={(e) => set({ hd: e.target.checked })}
        />
        {t('composer.hd')}
      </label>
      <button type="submit" className="btn w-full">
        {t('composer.generate')}
      </button>
    </form>
  )
}
