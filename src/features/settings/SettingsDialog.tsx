import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useCredentials, useCredentialsActions } from '../../api/credentialsStore.ts'
import { isLoopbackHost } from '../../api/safeUrl.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { closeSettings } from './settingsUi.ts'

function validBaseUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim())
    const ok =
      url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))
    return ok ? url.href.replace(/\/+$/, '') : null
  } catch {
    return null
  }
}

/** A first settings form: base URL and key, in memory only until the settings issue seals them. */
export default function SettingsDialog() {
  const t = useT()
  const credentials = useCredentials()
  const { saved } = useCredentialsActions()
  const [baseUrl, setBaseUrl] = useState(credentials?.baseUrl ?? '')
  const [apiKey, setApiKey] = useState('')
  const [error, setError] = useState<string | null>(null)
  const dialog = useRef<HTMLDialogElement>(null)
  const ids = { url: useId(), key: useId(), hint: useId(), error: useId(), title: useId() }

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  function save(e: FormEvent) {
    e.preventDefault()
    const url = validBaseUrl(baseUrl)
    if (!url) return setError(t('settings.badUrl'))
    // An empty key field keeps the key already set for the same relay.
    const key = apiKey.trim() || (credentials?.baseUrl === url ? credentials.apiKey : '')
    saved({ baseUrl: url, apiKey: key })
    closeSettings()
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.title}
      onClose={closeSettings}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-600 bg-slate-900 p-0 text-slate-100 backdrop:bg-black/60"
    >
      <form onSubmit={save} className="space-y-4 p-5">
        <h2 id={ids.title} className="text-lg font-semibold">
          {t('settings.title')}
        </h2>
        <div className="space-y-1">
          <label htmlFor={ids.url} className="text-sm font-medium">
            {t('settings.baseUrl')}
          </label>
          <input
            id={ids.url}
            type="url"
            className="field w-full"
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
            aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
            aria-invalid={error ? true : undefined}
            placeholder="https://api.example.com"
          />
          <p id={ids.hint} className="text-xs text-slate-400">
            {t('settings.baseUrlHint')}
          </p>
          {error && (
            <p id={ids.error} role="alert" className="text-sm text-red-300">
              {error}
            </p>
          )}
        </div>
        <div className="space-y-1">
          <label htmlFor={ids.key} className="text-sm font-medium">
            {t('settings.apiKey')}
          </label>
          <input
            id={ids.key}
            type="password"
            autoComplete="off"
            className="field w-full"
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
            placeholder={credentials?.apiKey ? `••••${credentials.apiKey.slice(-4)}` : 'sk-…'}
          />
          <p className="text-xs text-slate-400">{t('settings.memoryOnly')}</p>
        </div>
        <div className="flex justify-end gap-2">
          <button type="button" className="btn-ghost" onClick={closeSettings}>
            {t('settings.cancel')}
          </button>
          <button type="submit" className="btn">
            {t('settings.save')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
