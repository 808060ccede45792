import { useState } from 'react'
import { Field } from '../../lib/ui/Field.tsx'
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
  return (
    <div className="space-y-4">
      <Field
        label={t('settings.baseUrl')}
        error={p.urlError}
        hint={<p className="text-slate-400">{t('settings.baseUrlHint')}</p>}
        note={
          p.removedPath && (
            <p className="text-sky-300">{t('settings.urlNote', { removed: p.removedPath })}</p>
          )
        }
      >
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            className="field w-full"
            value={p.baseUrl}
            onChange={(e) => p.onBaseUrl(e.target.value)}
            placeholder="https://api.example.com"
          />
        )}
      </Field>
      <Field
        label={t('settings.apiKey')}
        error={p.keyError}
        hint={
          p.savedKeyLast4 && (
            <p className="text-slate-400">{t('settings.keySaved', { last4: p.savedKeyLast4 })}</p>
          )
        }
      >
        {(control) => (
          <div className="flex gap-2">
            <input
              {...control}
              type={reveal ? 'text' : 'password'}
              autoComplete="off"
              spellCheck={false}
              className="field min-w-0 flex-1"
              value={p.apiKey}
              onChange={(e) => p.onApiKey(e.target.value)}
              placeholder={p.savedKeyLast4 ? `••••${p.savedKeyLast4}` : 'sk-…'}
            />
            <button
              type="button"
              className="btn-outline shrink-0 whitespace-nowrap"
              aria-pressed={reveal}
              onClick={() => setReveal((r) => !r)}
            >
              {reveal ? t('settings.keyHide') : t('settings.keyReveal')}
            </button>
          </div>
        )}
      </Field>
    </div>
  )
}
