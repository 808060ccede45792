import { queryOptions, useQuery } from '@tanstack/react-query'
import { relayKeys } from '../../api/queries.ts'
import { relay as client } from '../../api/relay.ts'
import { relayId } from '../../api/relayId.ts'
import type { Credentials } from '../../api/types.ts'
import { useCredentials } from './settingsStore.ts'

/**
 * A balance belongs to a relay and a key. Each set of credentials saved gets a number of its
 * own (nothing derived from the key sits in a cache key): after switching relay or key, the
 * old balance is never shown, not even for the moment the new one takes to arrive.
 */
const accounts = new WeakMap<Credentials, number>()
let nextAccount = 0
const accountOf = (credentials: Credentials) => {
  let n = accounts.get(credentials)
  if (n === undefined) accounts.set(credentials, (n = ++nextAccount))
  return n
}

/** The account's quota on one relay: the header's badge and the composer's cost line share it. */
const quotaQuery = (relay: string, account: number) =>
  queryOptions({
    // Under the relay's quota key: a create invalidates every account's there at once.
    queryKey: [...relayKeys.quota(relay), account],
    queryFn: ({ signal }) => client.getQuota({ signal }),
    refetchInterval: 5 * 60_000,
    retry: 1,
  })

/** The quota of the relay in use (waits while none is set up). */
export function useQuota() {
  const credentials = useCredentials()
  return useQuery({
    ...quotaQuery(relayId(credentials?.baseUrl ?? ''), credentials ? accountOf(credentials) : 0),
    enabled: credentials !== null,
  })
}
