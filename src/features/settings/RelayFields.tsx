import { useId, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'

interface Props {
  baseUrl: string
  onBaseUrl: (v: string) => void
  apiKey: string
  onApiKey: (v: string) => void
  removedPath: string | null
  savedKeyLast4: string | null
  urlError: string | null
  keyError: string | null
}

/** Base URL with its normalisation note; the key masked, revealable, never shown back once saved. */
export function RelayFields(p: Props) {
  const t = useT()
  const [reveal, setReveal] = useState(false)
  const ids = { url: useId(), urlHelp: useId(), key: useId(), keyHelp: useId() }
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={ids.url} className="text-sm font-medium">
          {t('settings.baseUrl')}
        </label>
        <input
          id={ids.url}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          className="field w-full"
          value={p.baseUrl}
          onChange={(e) => p.onBaseUrl(e.target.value)}
          aria-describedby={ids.urlHelp}
          aria-invalid={p.urlError ? true : undefined}
          placeholder="https://api.example.com"
        />
        <div id={ids.urlHelp} className="space-y-1 text-xs">
          {p.urlError ? (
            <p role="alert" className="text-sm text-red-300">
              {p.urlError}
            </p>
          ) : (
            <p className="text-slate-400">{t('settings.baseUrlHint')}</p>
          )}
          {p.removedPath && (
            <p className="text-sky-300">{t('settings.urlNote', { removed: p.removedPath })}</p>
          )}
        </div>
      </div>
      <div className="space-y-1">
        <label htmlFor={ids.key} className="text-sm font-medium">
          {t('settings.apiKey')}
        </label>
        <div className="flex gap-2">
          <input
            id={ids.key}
            type={reveal ? 'text' : 'password'}
            autoComplete="off"
            spellCheck={false}
            className="field flex-1"
            value={p.apiKey}
            onChange={(e) => p.onApiKey(e.target.value)}
            aria-describedby={ids.keyHelp}
            aria-invalid={p.keyError ? true : undefined}
            placeholder={p.savedKeyLast4 ? `••••${p.savedKeyLast4}` : 'sk-…'}
          />
          <button
            type="button"
            className="btn-ghost border border-slate-600"
            aria-pressed={reveal}
            onClick={() => setReveal((r) => !r)}
          >
            {reveal ? t('settings.keyHide') : t('settings.keyReveal')}
          </button>
        </div>
        <div id={ids.keyHelp} className="text-xs">
          {p.keyError ? (
            <p role="alert" className="text-sm text-red-300">
              {p.keyError}
            </p>
          ) : (
            p.savedKeyLast4 && (
              <p className="text-slate-400">{t('settings.keySaved', { last4: p.savedKeyLast4 })}</p>
            )
          )}
        </div>
      </div>
    </div>
  )
}
