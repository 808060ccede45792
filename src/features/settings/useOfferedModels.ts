import { useQuery } from '@tanstack/react-query'
import { relayId } from '../../api/relayId.ts'
import { catalogQuery, offeredByDefault } from '../models/catalog.ts'
import { accountOf } from './account.ts'
import { useChosenModels, useCredentials, useExtraModels } from './settingsStore.ts'

/**
 * The models the composer offers for the relay in use: the user's choice for that relay,
 * else the built-in ones, the ids added by hand and every video model the relay lists.
 * Also returns the catalog of this relay and key (prices for the cost line).
 */
export function useOfferedModels() {
  const credentials = useCredentials()
  const relay = relayId(credentials?.baseUrl ?? '')
  const chosen = useChosenModels()[relay]
  const extra = useExtraModels()
  const catalog = useQuery({
    ...catalogQuery(relay, accountOf(credentials)),
    enabled: credentials !== null,
  }).data
  const models = chosen ?? offeredByDefault(extra, catalog)
  return { models, catalog }
}
