import { DIALECTS, taskPath, type Dialect } from './dialects.ts'
import { RelayError } from './errors.ts'
import type { RelayClient } from './relayClient.ts'

// Apart from dialects.ts (on the first screen): loaded with the first create or the settings.

/**
 * Whether a read of a made-up task on a dialect's route says the route exists. A relay with
 * the route answers about the task: the guide's `{code:"success", data:null}`, new-api's
 * 400 `task_not_exist`, or a 404 that names the task. One without it answers as for any
 * unrouted path: new-api's 404 "Invalid URL", a plain 404, or a web page. A wrong key, a
 * server error or no connection says nothing either way: the caller hears that error.
 */
const SAYS_NOTHING = new Set([
  'auth',
  'network',
  'timeout',
  'cors',
  'rate_limited',
  'server',
  'config',
])

function routeAnswered(outcome: unknown): boolean {
  if (!(outcome instanceof RelayError)) return true
  const { kind, status, detail = '' } = outcome
  if (SAYS_NOTHING.has(kind)) throw outcome
  if (kind === 'not_relay' || /invalid url/i.test(detail)) return false
  if (status === 404) return /task|video|exist/i.test(detail)
  return status === 400 || status === 422 || status === 501
}

/**
 * The dialects a relay speaks, found by reading a made-up task on each one's route: GETs
 * only, nothing created, nothing charged. With `first`, that route is read alone, and the
 * others only where it does not answer (`partial` says the others were not asked).
 */
export async function probeDialects(
  api: Pick<RelayClient, 'read'>,
  { first, signal }: { first?: Dialect; signal?: AbortSignal } = {},
): Promise<{ offered: Dialect[]; partial: boolean }> {
  const probeId = `probe-${Math.random().toString(36).slice(2, 10)}`
  const answers = (dialects: readonly Dialect[]) =>
    Promise.all(
      dialects.map((d) =>
        api.read(taskPath(d, probeId), { signal }).then(
          () => true,
          (e: unknown) => routeAnswered(e),
        ),
      ),
    ).then((said) => dialects.filter((_, i) => said[i]))
  if (first) {
    const [found] = await answers([first])
    if (found) return { offered: [found], partial: true }
  }
  const offered = await answers(DIALECTS.filter((d) => d !== first))
  return { offered, partial: false }
}
