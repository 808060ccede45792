import { useId, useRef, useState } from 'react'
import { createRelayClient } from '../../api/relayClient.ts'
import { relayId } from '../../api/relayId.ts'
import type { Credentials } from '../../api/types.ts'
import { isObject } from '../../lib/guards.ts'
import { useLocale, useT } from '../../lib/i18n/i18n.ts'
import { probeRelay } from '../settings/relayDialects.ts'
import { useRelayFeatures } from '../tasks/relayFeatures.ts'
import { useTasksStore } from '../tasks/tasksStore.ts'
import { lineText, markOf, reportText } from './report.ts'
import { runDoctor, type DoctorFindings } from './runDoctor.ts'

interface Props {
  /** The base URL and key being edited (checked as typed, saved or not). */
  credentials: () => Credentials | null
  /** Puts an address in the settings' base URL field (the forwarding server's). */
  onUseAddress: (baseUrl: string) => void
}

/** The latest finished video from this relay: its link, to see whether the page can read it. */
function lastResultOf(relay: string): string | null {
  let latest: { at: number; url: string } | null = null
  for (const r of Object.values(useTasksStore.getState().tasks)) {
    const url = r.outcome?.status === 'succeeded' ? r.outcome.videoUrl : null
    const at = r.finishedAt ?? r.createdAt
    if (r.relay === relay && url && (!latest || at > latest.at)) latest = { at, url }
  }
  return latest?.url ?? null
}

/** What this dev or preview server forwards to (`RELAY_TARGET`), or null where it does not. */
async function forwarding(origin: string): Promise<string | null> {
  const res = await fetch(`${origin}/relay/__forward`, { signal: AbortSignal.timeout(5_000) })
  if (!res.ok) return null
  const body: unknown = await res.json().catch(() => null)
  return isObject(body) && body.forwarding === true && typeof body.target === 'string'
    ? body.target
    : null
}

/**
 * The relay doctor: on demand, every check support would run (address, browser access, key,
 * quota, models, prices, video routes, remix, results), each passed, failed or not offered
 * with what to do, and a report to copy with the key cut to its last four characters.
 */
export default function DoctorPanel({ credentials, onUseAddress }: Props) {
  const t = useT()
  const locale = useLocale()
  const ids = { title: useId(), report: useId() }
  const [busy, setBusy] = useState(false)
  const [found, setFound] = useState<{ findings: DoctorFindings; of: Credentials } | null>(null)
  const [note, setNote] = useState<'doctor.copied' | 'doctor.copyFailed' | null>(null)
  const run = useRef(0)
  const list = (items: string[]) =>
    new Intl.ListFormat(locale === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(items)

  async function check() {
    const creds = credentials()
    if (!creds) return
    const mine = ++run.current
    setBusy(true)
    setNote(null)
    const relay = relayId(creds.baseUrl)
    const findings = await runDoctor({
      credentials: creds,
      client: createRelayClient(() => creds),
      origin: location.origin,
      probe: () => probeRelay(creds),
      remixMissing: useRelayFeatures.getState().noRemix[relay] === true,
      lastResult: lastResultOf(relay),
      forwarding: () => forwarding(location.origin),
      fetch: (...args) => globalThis.fetch(...args),
    }).finally(() => {
      if (mine === run.current) setBusy(false)
    })
    if (mine === run.current) setFound({ findings, of: creds })
  }

  async function copy() {
    if (!found) return
    const text = reportText(
      found.findings.lines,
      { origin: location.origin, ...found.of, at: new Date() },
      t,
      list,
    )
    try {
      await navigator.clipboard.writeText(text)
      setNote('doctor.copied')
    } catch {
      setNote('doctor.copyFailed')
    }
  }

  return (
    <section
      aria-labelledby={ids.title}
      className="space-y-2 rounded-lg border border-slate-700 p-3"
    >
      <h3 id={ids.title} className="text-sm font-medium">
        {t('doctor.title')}
      </h3>
      <p className="text-xs text-slate-400">{t('doctor.intro')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn-outline btn-sm"
          disabled={busy || credentials() === null}
          onClick={() => void check()}
        >
          {t(busy ? 'doctor.running' : 'doctor.run')}
        </button>
        {found && (
          <button type="button" className="btn-outline btn-sm" onClick={() => void copy()}>
            {t('doctor.copy')}
          </button>
        )}
        {found?.findings.forwardedAddress && (
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => onUseAddress(found.findings.forwardedAddress!)}
          >
            {t('doctor.useForwarding')}
          </button>
        )}
      </div>
      <p role="status" className="text-xs text-slate-400">
        {note ? t(note) : ''}
      </p>
      {found && (
        <ul id={ids.report} aria-label={t('doctor.title')} className="space-y-1 text-xs">
          {found.findings.lines.map((l) => (
            <li key={l.check} className="flex gap-2">
              <span
                aria-hidden="true"
                className={
                  l.verdict === 'pass'
                    ? 'text-emerald-300'
                    : l.verdict === 'fail'
                      ? 'text-amber-300'
                      : 'text-slate-500'
                }
              >
                {markOf(l.verdict)}
              </span>
              <span>
                <span className="font-medium">
                  {t(`doctor.check.${l.check}`)} ({t(`doctor.verdict.${l.verdict}`)}):
                </span>{' '}
                <span className={l.verdict === 'fail' ? 'text-amber-100' : 'text-slate-300'}>
                  {lineText(l, t, list)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
