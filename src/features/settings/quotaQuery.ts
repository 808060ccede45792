import { queryOptions, useQuery } from '@tanstack/react-query'
import { relayKeys } from '../../api/queries.ts'
import { relay as client } from '../../api/relay.ts'
import { relayId } from '../../api/relayId.ts'
import { useCredentials } from './settingsStore.ts'
import { accountOf } from './account.ts'

/** The account's quota on one relay: the header's badge and the composer's cost line share it. */
const quotaQuery = (relay: string, account: number) =>
  queryOptions({
    // Under the relay's quota key (a create invalidates every account's there at once), then
    // the account's own: a balance belongs to a relay and a key.
    queryKey: [...relayKeys.quota(relay), account],
    queryFn: ({ signal }) => client.getQuota({ signal }),
    refetchInterval: 5 * 60_000,
    retry: 1,
  })

/** The quota of the relay in use (waits while none is set up). */
export function useQuota() {
  const credentials = useCredentials()
  return useQuery({
    ...quotaQuery(relayId(credentials?.baseUrl ?? ''), accountOf(credentials)),
    enabled: credentials !== null,
  })
}
