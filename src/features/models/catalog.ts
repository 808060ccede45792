import { queryOptions } from '@tanstack/react-query'
import { isRelayError, type RelayErrorKind } from '../../api/errors.ts'
import type { EndpointHint, ModelPrice } from '../../api/pricing.ts'
import { relayKeys } from '../../api/queries.ts'
import type { RelayClient } from '../../api/relayClient.ts'
import { relay as client } from '../../api/relay.ts'
import { looksLikeVideo } from '../../profiles/generic.ts'
import { BUILT_IN_MODELS, profileFor } from '../../profiles/registry.ts'

/** What a relay told us of its models. Either half may be missing: both are optional routes. */
export interface Catalog {
  /** `GET /v1/models`: the ids this key may use; null when the relay would not say. */
  ids: string[] | null
  /**
   * The endpoint types `/v1/models` gave (new-api's, by id): the only hint a browser reads on a
   * real new-api, whose `/api/pricing` sends no CORS headers.
   */
  hints?: Record<string, EndpointHint>
  /** `GET /api/pricing` by id: video hints and prices; null when the relay has no pricing. */
  prices: Record<string, ModelPrice> | null
  /** Why the model list is missing (404, an HTML page, CORS…), for a quiet note. */
  unavailable: RelayErrorKind | 'unknown' | null
}

/** Asks both routes at once; never throws, since a relay without them still works. */
export async function fetchCatalog(relay: RelayClient, signal?: AbortSignal): Promise<Catalog> {
  const [ids, prices] = await Promise.allSettled([
    relay.listModels({ signal, timeoutMs: 15_000 }),
    relay.getPricing({ signal, timeoutMs: 15_000 }),
  ])
  const reason = ids.status === 'rejected' ? (ids.reason as unknown) : null
  return {
    ids: ids.status === 'fulfilled' ? ids.value.ids : null,
    ...(ids.status === 'fulfilled' && { hints: ids.value.hints }),
    prices:
      prices.status === 'fulfilled' && prices.value.length > 0
        ? Object.fromEntries(prices.value.map((p) => [p.id, p]))
        : null,
    unavailable: reason === null ? null : isRelayError(reason) ? reason.kind : 'unknown',
  }
}

/** What one account (a relay and a key: `accountOf`) may use and pay: a key's group sets both. */
export const catalogQuery = (relay: string, account: number) =>
  queryOptions({
    queryKey: [...relayKeys.catalog(relay), account],
    queryFn: ({ signal }) => fetchCatalog(client, signal),
    staleTime: 10 * 60_000,
    retry: false,
  })

/** What the relay says of a model's endpoints: its price list's entry, else its model list's. */
export const endpointsOf = (id: string, catalog: Catalog | undefined): EndpointHint | undefined =>
  catalog?.prices?.[id] ?? catalog?.hints?.[id]

/**
 * Whether an id makes videos:
 * - true when a profile knows the id: profiles match video ids only, and a price list's endpoint
 *   types cannot say more (new-api lists every channel but Sora's as `["openai"]`, Kling,
 *   Doubao and Vertex's Veo included — docs/relay-dialects.md section 5);
 * - else the price list's hint, except that a name which reads as a video model
 *   (`looksLikeVideo`) is never hidden on the strength of that default;
 * - else null: a generic id nobody vouches for, listed, not offered unasked.
 */
export function videoHint(id: string, catalog: Catalog | undefined): boolean | null {
  if (profileFor(id).id !== 'generic') return true
  const hint = endpointsOf(id, catalog)?.video
  if (hint === true) return true
  if (looksLikeVideo(id)) return null
  return hint ?? null
}

/** The ids offered unasked: known video models, in the relay's order. */
const videoIds = (catalog: Catalog | undefined): string[] =>
  (catalog?.ids ?? []).filter((id) => videoHint(id, catalog) === true)

/** The ids worth listing in settings: all but those the pricing says are not video. */
export const listedIds = (catalog: Catalog | undefined): string[] =>
  (catalog?.ids ?? []).filter((id) => videoHint(id, catalog) !== false)

/** What the composer offers until the user chooses: the built-in ids, those added by hand, and the relay's video models. */
export const offeredByDefault = (extra: readonly string[], catalog: Catalog | undefined) => [
  ...new Set([...BUILT_IN_MODELS, ...extra, ...videoIds(catalog)]),
]
