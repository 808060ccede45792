import type { Dialect } from '../../api/dialects.ts'
import { isRelayError, type RelayErrorKind } from '../../api/errors.ts'
import type { RelayClient } from '../../api/relayClient.ts'
import { isOnOrigin } from '../../api/safeUrl.ts'
import type { Credentials } from '../../api/types.ts'
import { formatQuota } from '../../lib/format.ts'
import type { MessageKey } from '../../lib/i18n/i18n.ts'

/** What support would look at, in the order a report lists it. */
type Check =
  'address' | 'browser' | 'key' | 'quota' | 'models' | 'pricing' | 'dialects' | 'remix' | 'results'

/** `absent`: the relay does not offer it (not a fault); `skip`: not checked, and why. */
export type Verdict = 'pass' | 'fail' | 'absent' | 'skip'

export interface DoctorLine {
  check: Check
  verdict: Verdict
  /** What was found and what to do, in the user's language (never the relay's own text). */
  say: MessageKey
  params?: Record<string, string | number>
}

export interface DoctorFindings {
  lines: DoctorLine[]
  /** The relay refuses this page, and this dev server forwards to it: the address to use. */
  forwardedAddress: string | null
}

export interface DoctorDeps {
  credentials: Credentials
  /** A client for these credentials (the values being edited, saved or not). */
  client: RelayClient
  /** This page's origin: what a relay must allow. */
  origin: string
  /** The dialects found by reads of a made-up task (nothing is created). */
  probe: () => Promise<Dialect[]>
  /** A remix to this relay failed for want of the route (known only by having tried one). */
  remixMissing: boolean
  /** The link of the latest finished video from this relay, if any. */
  lastResult: string | null
  /** What `<origin>/relay/__forward` says: the forwarding server's target, or null. */
  forwarding: () => Promise<string | null>
  fetch: typeof fetch
}

type Kind = RelayErrorKind
const kindOf = (e: unknown): Kind => (isRelayError(e) ? e.kind : 'network')
const settled = async <T>(p: Promise<T>) =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (e: unknown) => ({ ok: false as const, kind: kindOf(e) }),
  )

const MISSING: readonly Kind[] = ['not_found', 'not_relay', 'unsupported']
const SILENT: readonly Kind[] = ['network', 'timeout', 'cors']

/**
 * Runs every check a support person would, by reading only: GETs of the relay's routes and
 * of a made-up task, never a create, never a remix — nothing is charged.
 */
export async function runDoctor(deps: DoctorDeps): Promise<DoctorFindings> {
  const { client, credentials, origin } = deps
  const base = credentials.baseUrl
  const o = { timeoutMs: 15_000 }
  const [models, quota, pricing] = await Promise.all([
    settled(client.listModels(o)),
    settled(client.getQuota(o)),
    settled(client.getPricing(o)),
  ])
  const kinds = [models, quota].flatMap((r) => (r.ok ? [] : [r.kind]))
  const answered = models.ok || quota.ok || kinds.some((k) => !SILENT.includes(k))
  const cors = kinds.includes('cors')
  const lines: DoctorLine[] = []
  const line = (check: Check, verdict: Verdict, say: MessageKey, params?: DoctorLine['params']) =>
    lines.push({ check, verdict, say, ...(params && { params }) })

  // 1. The address: a relay's API, not its web site, and up.
  if (models.ok || quota.ok) line('address', 'pass', 'doctor.address.ok')
  else if (kinds.every((k) => k === 'not_relay')) line('address', 'fail', 'doctor.address.page')
  else if (cors) line('address', 'pass', 'doctor.address.reached')
  else if (!answered) line('address', 'fail', 'doctor.address.none')
  else line('address', 'pass', 'doctor.address.reached')

  // 2. May this page call it? A failed normal request while a no-cors one went through
  // (the http layer tells them apart): the relay answers, but not to browsers.
  let forwardedAddress: string | null = null
  if (cors) {
    const target = await deps.forwarding().catch(() => null)
    const same = target !== null && target.replace(/\/+$/, '') === base.replace(/\/+$/, '')
    forwardedAddress = same ? `${origin}/relay` : null
    line(
      'browser',
      'fail',
      same ? 'doctor.browser.corsForwarded' : 'doctor.browser.cors',
      same ? { origin, address: `${origin}/relay` } : { origin, base },
    )
  } else if (answered) line('browser', 'pass', 'doctor.browser.ok', { origin })
  else line('browser', 'skip', 'doctor.notReached')

  // 3. The key.
  if (kinds.includes('auth')) line('key', 'fail', 'doctor.key.refused')
  else if (models.ok || quota.ok) line('key', 'pass', 'doctor.key.ok')
  else line('key', 'skip', 'doctor.notReached')
  const usable = (models.ok || quota.ok) && !kinds.includes('auth')

  // 4. Quota, and whether it reads as one.
  if (quota.ok) {
    const q = quota.value
    if (q.unlimited) line('quota', 'pass', 'doctor.quota.unlimited')
    else if (q.remaining !== null)
      line('quota', 'pass', 'doctor.quota.left', {
        left: formatQuota(q.remaining),
        total: q.total === null ? '?' : formatQuota(q.total),
      })
    else line('quota', 'fail', 'doctor.quota.shape')
  } else if (MISSING.includes(quota.kind)) line('quota', 'absent', 'doctor.quota.none')
  else if (!usable) line('quota', 'skip', 'doctor.notReached')
  else line('quota', 'fail', 'doctor.quota.failed', { reason: quota.kind })

  // 5. Models and prices.
  if (models.ok) line('models', 'pass', 'doctor.models.ok', { n: models.value.ids.length })
  else if (MISSING.includes(models.kind)) line('models', 'absent', 'doctor.models.none')
  else if (!usable) line('models', 'skip', 'doctor.notReached')
  else line('models', 'fail', 'doctor.models.failed', { reason: models.kind })
  if (pricing.ok && pricing.value.length > 0)
    line('pricing', 'pass', 'doctor.pricing.ok', { n: pricing.value.length })
  else line('pricing', 'absent', 'doctor.pricing.none')

  // 6. Which of the three video dialects answer (a read of a made-up task on each route).
  if (usable) {
    const offered = await deps.probe().catch(() => null)
    if (offered === null) line('dialects', 'skip', 'doctor.notReached')
    else if (offered.length === 0) line('dialects', 'fail', 'doctor.dialects.none')
    else line('dialects', 'pass', 'doctor.dialects.ok', { list: offered.join(',') })
  } else line('dialects', 'skip', 'doctor.notReached')

  // 7. Remix: finding out means sending one, which costs money.
  if (deps.remixMissing) line('remix', 'absent', 'doctor.remix.none')
  else line('remix', 'skip', 'doctor.remix.unknown')

  // 8. Results: can this page read them (to keep them), and do they need the key?
  lines.push(await checkResult(deps))
  return { lines, forwardedAddress }
}

async function checkResult(deps: DoctorDeps): Promise<DoctorLine> {
  const url = deps.lastResult
  const say = (verdict: Verdict, key: MessageKey): DoctorLine => ({
    check: 'results',
    verdict,
    say: key,
  })
  if (!url) return say('skip', 'doctor.results.none')
  // The first byte is enough; the key never goes with these reads.
  const read = async () => {
    const res = await deps.fetch(url, {
      headers: { Range: 'bytes=0-0' },
      credentials: 'omit',
      signal: AbortSignal.timeout(15_000),
    })
    void res.body?.cancel()
    return res.status
  }
  let status: number
  try {
    status = await read()
  } catch {
    // Unreadable here: blocked by the browser (the host answers a no-cors request) or gone.
    const reached = await deps
      .fetch(url, { mode: 'no-cors', credentials: 'omit', signal: AbortSignal.timeout(15_000) })
      .then(
        () => true,
        () => false,
      )
    return say('fail', reached ? 'doctor.results.cors' : 'doctor.results.gone')
  }
  if (status < 400) return say('pass', 'doctor.results.ok')
  if ((status === 401 || status === 403) && isOnOrigin(url, deps.credentials.baseUrl)) {
    const withKey = await deps.client.openMedia(url, { timeoutMs: 15_000 }).then(
      (res) => {
        void res.body?.cancel()
        return res.ok
      },
      () => false,
    )
    return say(withKey ? 'pass' : 'fail', withKey ? 'doctor.results.key' : 'doctor.results.gone')
  }
  return say('fail', 'doctor.results.gone')
}
