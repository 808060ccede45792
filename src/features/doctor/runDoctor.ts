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
  /** The latest finished video from this relay, if any: its link and its task id. */
  lastResult: { url: string; id: string } | null
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
  const cors = kinds.includes('cors')
  // Something answered that the page could read (a relay, a 404, a web page, a refusal).
  const answered = models.ok || quota.ok || kinds.some((k) => !SILENT.includes(k))
  let refused = kinds.includes('auth')
  // The video routes are read wherever something answered and the key was not refused: a
  // relay without model list or quota still has them, and they tell a relay from a web page.
  let offered: Dialect[] | null = null
  if (answered && !refused) {
    const probed = await settled(deps.probe())
    if (probed.ok) offered = probed.value
    else if (probed.kind === 'auth') refused = true
  }
  const relayApi = models.ok || quota.ok || (offered !== null && offered.length > 0)
  // Why a check could not be made: said per cause, never "not reached" of a relay that answered.
  const why: MessageKey = cors
    ? 'doctor.skip.cors'
    : refused
      ? 'doctor.skip.key'
      : answered
        ? 'doctor.skip.noApi'
        : 'doctor.skip.unreached'
  const lines: DoctorLine[] = []
  const line = (check: Check, verdict: Verdict, say: MessageKey, params?: DoctorLine['params']) =>
    lines.push({ check, verdict, say, ...(params && { params }) })

  // 1. The address: a relay's API, not its web site, and up.
  if (relayApi) line('address', 'pass', 'doctor.address.ok')
  else if (cors) line('address', 'pass', 'doctor.address.reached')
  else if (refused) line('address', 'pass', 'doctor.address.reached')
  else if (!answered) line('address', 'fail', 'doctor.address.none')
  else line('address', 'fail', 'doctor.address.page')

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
      same ? { address: `${origin}/relay` } : { origin, base },
    )
  } else if (answered) line('browser', 'pass', 'doctor.browser.ok', { origin })
  else line('browser', 'skip', why)

  // 3. The key: accepted where any route answered with it.
  if (refused) line('key', 'fail', 'doctor.key.refused')
  else if (relayApi) line('key', 'pass', 'doctor.key.ok')
  else line('key', 'skip', why)

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
  } else if (relayApi && MISSING.includes(quota.kind)) line('quota', 'absent', 'doctor.quota.none')
  else if (!relayApi) line('quota', 'skip', why)
  else line('quota', 'fail', 'doctor.quota.failed', { reason: quota.kind })

  // 5. Models and prices ("not offered" only where the route itself said it is missing).
  if (models.ok) line('models', 'pass', 'doctor.models.ok', { n: models.value.ids.length })
  else if (relayApi && MISSING.includes(models.kind)) line('models', 'absent', 'doctor.models.none')
  else if (!relayApi) line('models', 'skip', why)
  else line('models', 'fail', 'doctor.models.failed', { reason: models.kind })
  if (pricing.ok && pricing.value.length > 0)
    line('pricing', 'pass', 'doctor.pricing.ok', { n: pricing.value.length })
  else if (relayApi && (pricing.ok || MISSING.includes(pricing.kind)))
    line('pricing', 'absent', 'doctor.pricing.none')
  else if (relayApi) line('pricing', 'skip', 'doctor.pricing.unreadable')
  else line('pricing', 'skip', why)

  // 6. Which of the three video dialects answer (a read of a made-up task on each route).
  if (offered === null) line('dialects', 'skip', why)
  else if (offered.length === 0) line('dialects', 'fail', 'doctor.dialects.none')
  else line('dialects', 'pass', 'doctor.dialects.ok', { list: offered.join(',') })

  // 7. Remix: finding out means sending one, which costs money.
  if (deps.remixMissing) line('remix', 'absent', 'doctor.remix.none')
  else line('remix', 'skip', 'doctor.remix.unknown')

  // 8. Results: can this page read them (to keep them), and do they need the key?
  lines.push(await checkResult(deps))
  return { lines, forwardedAddress }
}

async function checkResult(deps: DoctorDeps): Promise<DoctorLine> {
  const last = deps.lastResult
  const say = (verdict: Verdict, key: MessageKey): DoctorLine => ({
    check: 'results',
    verdict,
    say: key,
  })
  if (!last) return say('skip', 'doctor.results.none')
  const { url, id } = last
  const drained = (res: Response) => {
    void res.body?.cancel()
    return res.ok
  }
  // The relay's own copy (`/v1/videos/{id}/content`, with the key, to its own address): what
  // the app keeps from when the link cannot be read. A read only.
  const relayCopy = () =>
    deps.client.openContent(id, { timeoutMs: 15_000 }).then(drained, () => false)
  // The first byte is enough; the key never goes with this read.
  const status = await deps
    .fetch(url, {
      headers: { Range: 'bytes=0-0' },
      credentials: 'omit',
      signal: AbortSignal.timeout(15_000),
    })
    .then(
      (res) => {
        void res.body?.cancel()
        return res.status
      },
      () => null,
    )
  if (status !== null && status < 400) return say('pass', 'doctor.results.ok')
  if (status === 401 || status === 403) {
    if (isOnOrigin(url, deps.credentials.baseUrl)) {
      const withKey = await deps.client
        .openMedia(url, { timeoutMs: 15_000 })
        .then(drained, () => false)
      if (withKey) return say('pass', 'doctor.results.key')
    }
  }
  if (await relayCopy()) return say('pass', 'doctor.results.relayCopy')
  if (status !== null) return say('fail', 'doctor.results.gone')
  // Unreadable here: blocked by the browser (the host answers a no-cors request) or gone.
  const reached = await deps
    .fetch(url, { mode: 'no-cors', credentials: 'omit', signal: AbortSignal.timeout(15_000) })
    .then(
      () => true,
      () => false,
    )
  return say('fail', reached ? 'doctor.results.cors' : 'doctor.results.gone')
}
