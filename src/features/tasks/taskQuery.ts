import type { Dialect } from '../../api/dialects.ts'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { isRelayError, isTransient } from '../../api/errors.ts'
import { relayKeys } from '../../api/queries.ts'
import { relay as client } from '../../api/relay.ts'
import { now } from '../../lib/clock.ts'
import { nextPollDelay, retryDelay, type Observation } from './pollPolicy.ts'
import { isFinalSnapshot, isFinalStatus } from './stage.ts'
import { onSharedSnapshot, shareSnapshot } from './sharedSnapshots.ts'
import type { TaskSnapshot } from '../../api/types.ts'

/** What each poll saw, per relay and task: the input of the poll policy. Dropped once final. */
const observations = new Map<string, Observation[]>()
const obsKey = (relay: string, id: string) => `${relay}|${id}`

export const observationsOf = (relay: string, id: string): readonly Observation[] =>
  observations.get(obsKey(relay, id)) ?? []

function observe(key: string, o: Observation) {
  if (isFinalStatus(o.status)) {
    observations.delete(key)
    return
  }
  const list = observations.get(key) ?? []
  list.push(o)
  if (list.length > 200) list.splice(1, list.length - 200) // keep the first: it anchors the pace
  observations.set(key, list)
}

/** A state read here or in the working tab: what the poll policy and progress go by. */
function receive(relay: string, id: string, snapshot: TaskSnapshot): TaskSnapshot {
  observe(obsKey(relay, id), { at: now(), status: snapshot.status, progress: snapshot.progress })
  return snapshot
}

/**
 * Tasks (by relay and id) whose OpenAI object this relay cannot write: new-api answers 501
 * `not_implemented` on `/v1/videos/{id}` for a family whose adaptor has no converter to it
 * (docs/relay-dialects.md 2c). The task is created and charged all the same, and its own
 * route reads it: from then on, in this page, it is read there.
 */
const objectless = new Set<string>()

async function readTask(relay: string, id: string, dialect: Dialect, signal: AbortSignal) {
  const key = obsKey(relay, id)
  if (dialect === 'openai' && objectless.has(key))
    return client.getTask(id, { signal, dialect: 'newapi' })
  try {
    return await client.getTask(id, { signal, dialect })
  } catch (e) {
    if (dialect !== 'openai' || !isRelayError(e) || e.status !== 501) throw e
    // A read only: where the relay has no such route either, its first answer is the one told.
    const snapshot = await client.getTask(id, { signal, dialect: 'newapi' }).catch(() => {
      throw e
    })
    objectless.add(key)
    return snapshot
  }
}

/**
 * Poll one task until the relay reports a final state; reads retry, with backoff.
 * Callers enable it only while the configured relay is the task's own.
 */
export const taskQuery = (relay: string, id: string, dialect: Dialect = 'v2') =>
  queryOptions({
    queryKey: relayKeys.task(relay, id),
    queryFn: async ({ signal }) => {
      const snapshot = receive(relay, id, await readTask(relay, id, dialect, signal))
      shareSnapshot(relay, id, snapshot)
      return snapshot
    },
    refetchInterval: (query) => {
      if (isFinalSnapshot(query.state.data)) return false
      if (query.state.status === 'error' && !isTransient(query.state.error)) return false
      return nextPollDelay(observationsOf(relay, id), now())
    },
    refetchIntervalInBackground: true,
    // Back online, or the tab shown again: ask at once (but never again once final).
    refetchOnReconnect: (query) => (isFinalSnapshot(query.state.data) ? false : 'always'),
    refetchOnWindowFocus: (query) => (isFinalSnapshot(query.state.data) ? false : 'always'),
    retry: (_count, error) => isTransient(error),
    retryDelay: (count, error) =>
      retryDelay(count, isRelayError(error) ? error.retryAfterMs : undefined),
    staleTime: Infinity,
  })

/** A following tab shows what the working tab read, as if it had read it itself. */
export const followSnapshots = (queryClient: QueryClient) =>
  onSharedSnapshot(({ relay, id, snapshot }) =>
    queryClient.setQueryData(relayKeys.task(relay, id), receive(relay, id, snapshot)),
  )
