import { useEffect, useId, useRef, useState } from 'react'
import { createRelayClient } from '../../api/relayClient.ts'
import { relayId } from '../../api/relayId.ts'
import type { Credentials } from '../../api/types.ts'
import { formatMoment } from '../../lib/format.ts'
import { isObject } from '../../lib/guards.ts'
import { useLocale, useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { probeRelay } from '../settings/relayDialects.ts'
import { useRelayFeatures } from '../tasks/relayFeatures.ts'
import { useTasksStore } from '../tasks/tasksStore.ts'
import { lineWhole, markOf, reportText } from './report.ts'
import { runDoctor, type DoctorFindings, type Verdict } from './runDoctor.ts'

interface Props {
  /** The base URL and key being edited (checked as typed, saved or not). */
  credentials: () => Credentials | null
  /** Puts an address in the settings' base URL field (the forwarding server's). */
  onUseAddress: (baseUrl: string) => void
}

/** The latest finished video from this relay: its link and id, to see whether the page can read it. */
function lastResultOf(relay: string) {
  let latest: { at: number; url: string; id: string } | null = null
  for (const r of Object.values(useTasksStore.getState().tasks)) {
    const url = r.outcome?.status === 'succeeded' ? r.outcome.videoUrl : null
    const at = r.finishedAt ?? r.createdAt
    if (r.relay === relay && url && r.remoteId && (!latest || at > latest.at))
      latest = { at, url, id: r.remoteId }
  }
  return latest && { url: latest.url, id: latest.id }
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

const TONE: Record<Verdict, string> = {
  pass: 'text-emerald-300',
  fail: 'text-amber-300',
  absent: 'text-slate-400',
  skip: 'text-slate-400',
}

/**
 * The relay doctor: on demand, every check support would run (address, browser access, key,
 * quota, models, prices, video routes, remix, results), each passed, failed or not offered
 * with what to do, and a report to copy with the key cut to its last four characters.
 */
export default function DoctorPanel({ credentials, onUseAddress }: Props) {
  const t = useT()
  const locale = useLocale()
  const ids = { title: useId(), hint: useId() }
  const [busy, setBusy] = useState(false)
  const [found, setFound] = useState<{
    findings: DoctorFindings
    of: Credentials
    at: number
  } | null>(null)
  const [note, setNote] = useState<{ key: MessageKey; params?: Record<string, string> } | null>(
    null,
  )
  const [manualCopy, setManualCopy] = useState<string | null>(null)
  const run = useRef(0)
  const listRef = useRef<HTMLUListElement>(null)
  const copyRef = useRef<HTMLTextAreaElement>(null)
  const list = (items: string[]) =>
    new Intl.ListFormat(locale === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(items)
  const ready = credentials() !== null

  // The findings arrive below the fold on a laptop screen: brought into view once.
  useEffect(() => {
    if (found) listRef.current?.scrollIntoView?.({ block: 'nearest' })
  }, [found])
  useEffect(() => {
    if (manualCopy !== null) copyRef.current?.select()
  }, [manualCopy])

  async function check() {
    const creds = credentials()
    if (!creds || busy) return
    const mine = ++run.current
    setBusy(true)
    setNote(null)
    setManualCopy(null)
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
    if (mine !== run.current) return
    setFound({ findings, of: creds, at: Date.now() })
    const count = (...v: Verdict[]) =>
      String(findings.lines.filter((l) => v.includes(l.verdict)).length)
    setNote({
      key: 'doctor.summary',
      params: { fail: count('fail'), pass: count('pass'), other: count('absent', 'skip') },
    })
  }

  async function copy() {
    if (!found) return
    const text = reportText(
      found.findings.lines,
      { origin: location.origin, ...found.of, at: new Date(found.at) },
      t,
      list,
    )
    try {
      await navigator.clipboard.writeText(text)
      setNote({ key: 'doctor.copied' })
    } catch {
      setNote({ key: 'doctor.copyFailed' })
      setManualCopy(text)
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
      <p id={ids.hint} className="text-xs text-slate-400">
        {t(ready ? 'doctor.intro' : 'doctor.needCredentials')}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {/* aria-disabled, not disabled: focus stays on the button while it works. */}
        <button
          type="button"
          className="btn-outline btn-sm"
          aria-disabled={busy || !ready}
          aria-describedby={ids.hint}
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
            onClick={() => {
              const address = found.findings.forwardedAddress!
              onUseAddress(address)
              setNote({ key: 'doctor.addressSet', params: { address } })
            }}
          >
            {t('doctor.useForwarding')}
          </button>
        )}
      </div>
      <p role="status" className="text-xs text-slate-300">
        {note ? t(note.key, note.params) : ''}
      </p>
      {found && (
        <>
          <p className="text-xs text-slate-400">
            {t('doctor.checked', {
              base: found.of.baseUrl,
              time: formatMoment(found.at, locale),
            })}
          </p>
          <ul ref={listRef} aria-label={t('doctor.findings')} className="space-y-1 text-xs">
            {found.findings.lines.map((l) => (
              <li key={l.check} className="flex gap-2">
                <span aria-hidden="true" className={`w-3 shrink-0 text-center ${TONE[l.verdict]}`}>
                  {markOf(l.verdict)}
                </span>
                <span
                  className={`min-w-0 break-words ${l.verdict === 'fail' ? 'text-amber-100' : 'text-slate-300'}`}
                >
                  {lineWhole(l, t, list)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {manualCopy !== null && (
        <textarea
          ref={copyRef}
          readOnly
          aria-label={t('doctor.reportLabel')}
          className="field h-40 w-full font-mono text-xs"
          value={manualCopy}
        />
      )}
    </section>
  )
}
