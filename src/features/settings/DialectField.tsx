import { useId, useState } from 'react'
import { DIALECTS, type Dialect } from '../../api/dialects.ts'
import { isRelayError } from '../../api/errors.ts'
import type { Credentials } from '../../api/types.ts'
import { useLocale, useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { probeRelay, useRelayDialects, type DialectChoice } from './relayDialects.ts'

const NAME: Record<Dialect, MessageKey> = {
  v2: 'settings.dialect.v2',
  openai: 'settings.dialect.openai',
  newapi: 'settings.dialect.newapi',
}

interface Props {
  /** The relay being edited (by relayId) and its credentials, typed or saved. */
  relay: string
  credentials: () => Credentials | null
  value: DialectChoice
  onChange: (choice: DialectChoice) => void
}

/**
 * Which of the three dialects (docs/relay-dialects.md) this relay speaks, as found by reading
 * a made-up task on each route — nothing is created, nothing charged — and which to use:
 * automatic (per model, see chooseDialect) unless the user picks one.
 */
export function DialectField({ relay, credentials, value, onChange }: Props) {
  const t = useT()
  const ids = { field: useId(), hint: useId(), warn: useId() }
  const locale = useLocale()
  const found = useRelayDialects((s) => s.found[relay])
  const [checking, setChecking] = useState(false)
  // Said of the relay it was asked of: another typed in meanwhile is not "refused".
  const [failed, setFailed] = useState<{ relay: string; text: string } | null>(null)
  const error = failed?.relay === relay ? failed.text : null
  // A whole check that did not hear from a route: choosing it would fail every video.
  const missing = (d: Dialect) =>
    found !== undefined && !found.partial && !found.offered.includes(d)
  const list = (ds: readonly Dialect[]) =>
    new Intl.ListFormat(locale === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(
      ds.map((d) => t(NAME[d])),
    )

  async function check() {
    const asked = relay
    setChecking(true)
    setFailed(null)
    try {
      await probeRelay(credentials())
    } catch (e) {
      setFailed({
        relay: asked,
        text: t(
          isRelayError(e) && e.kind === 'auth'
            ? 'settings.dialect.keyRefused'
            : 'settings.dialect.checkFailed',
        ),
      })
    } finally {
      setChecking(false)
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={ids.field} className="block text-sm font-medium">
        {t('settings.dialect')}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <select
          id={ids.field}
          aria-describedby={
            value !== 'auto' && missing(value) ? `${ids.hint} ${ids.warn}` : ids.hint
          }
          className="field max-w-full"
          value={value}
          onChange={(e) => onChange(e.target.value as DialectChoice)}
        >
          <option value="auto">{t('settings.dialect.auto')}</option>
          {DIALECTS.map((d) => (
            <option key={d} value={d}>
              {missing(d) ? t('settings.dialect.notFound', { name: t(NAME[d]) }) : t(NAME[d])}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn-outline btn-sm"
          disabled={checking || credentials() === null}
          onClick={() => void check()}
        >
          {t(
            checking
              ? 'settings.dialect.checking'
              : found
                ? 'settings.dialect.check'
                : 'settings.dialect.checkNow',
          )}
        </button>
      </div>
      <p id={ids.hint} className="text-xs text-slate-400" aria-live="polite">
        {error ??
          (found
            ? found.offered.length > 0
              ? t(found.partial ? 'settings.dialect.foundFirst' : 'settings.dialect.found', {
                  list: list(found.offered),
                })
              : t('settings.dialect.none')
            : t('settings.dialect.unknown'))}
      </p>
      {value !== 'auto' && missing(value) && (
        <p id={ids.warn} role="alert" className="text-xs text-amber-200">
          {t('settings.dialect.notOffered')}
        </p>
      )}
      <p className="text-xs text-slate-400">{t('settings.dialect.help')}</p>
    </div>
  )
}
