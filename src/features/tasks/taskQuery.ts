import { queryOptions } from '@tanstack/react-query'
import { isRelayError, isTransient } from '../../api/errors.ts'
import { relayKeys } from '../../api/queries.ts'
import { relay } from '../../api/relay.ts'
import { nextPollDelay, retryDelay, type Observation } from './pollPolicy.ts'

/** What each poll saw, per task: the input of the poll policy. */
const observations = new Map<string, Observation[]>()

export const observationsOf = (id: string): readonly Observation[] => observations.get(id) ?? []

function observe(id: string, o: Observation) {
  const list = observations.get(id) ?? []
  list.push(o)
  if (list.length > 200) list.splice(1, list.length - 200) // keep the first: it anchors the pace
  observations.set(id, list)
}

/** Poll one task until the relay reports a final state; reads retry, with backoff. */
export const taskQuery = (baseUrl: string, id: string) =>
  queryOptions({
    queryKey: relayKeys.task(baseUrl, id),
    queryFn: async ({ signal }) => {
      const snapshot = await relay.getTask(id, { signal })
      observe(id, { at: Date.now(), status: snapshot.status, progress: snapshot.progress })
      return snapshot
    },
    refetchInterval: (query) => {
      if (query.state.status === 'error' && !isTransient(query.state.error)) return false
      return nextPollDelay(observationsOf(id), Date.now())
    },
    refetchIntervalInBackground: true,
    retry: (_count, error) => isTransient(error),
    retryDelay: (count, error) =>
      retryDelay(count, isRelayError(error) ? error.retryAfterMs : undefined),
    staleTime: Infinity,
  })
