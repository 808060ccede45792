import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { Dialect } from '../../api/dialects.ts'
import { probeDialects } from '../../api/probeDialects.ts'
import { relay as client } from '../../api/relay.ts'
import { createRelayClient } from '../../api/relayClient.ts'
import { relayId } from '../../api/relayId.ts'
import type { EndpointHint } from '../../api/pricing.ts'
import type { CreateTaskBody, Credentials } from '../../api/types.ts'
import { now } from '../../lib/clock.ts'
import { guardedJSONStorage, registerRewrite } from '../../lib/storageHealth.ts'
import { imagesCarried } from '../../profiles/dialectBody.ts'
import { profileFor } from '../../profiles/registry.ts'
import { currentRelayId, getCredentials } from './settingsStore.ts'

export type DialectChoice = 'auto' | Dialect

/**
 * Per relay (by relayId, never its address): which dialects it was found to speak, and
 * whether the user chose one. Found once, by reads only (`probeDialects`), kept across
 * reloads, found again on demand ("Check again" in the settings).
 */
interface RelayDialects {
  /** `partial`: only the guide's route was read (it answered, so the others were not asked). */
  found: Record<string, { offered: Dialect[]; at: number; partial?: true }>
  choice: Record<string, DialectChoice>
  actions: {
    found: (relay: string, offered: Dialect[], partial?: boolean) => void
    chosen: (relay: string, choice: DialectChoice) => void
  }
}

export const useRelayDialects = create<RelayDialects>()(
  persist(
    (set) => ({
      found: {},
      choice: {},
      actions: {
        found: (relay, offered, partial) =>
          set((s) => ({
            found: {
              ...s.found,
              [relay]: { offered, at: now(), ...(partial && { partial: true as const }) },
            },
          })),
        chosen: (relay, choice) => set((s) => ({ choice: { ...s.choice, [relay]: choice } })),
      },
    }),
    {
      name: 'sora-studio.relay-dialects',
      storage: guardedJSONStorage(),
      partialize: ({ found, choice }) => ({ found, choice }),
    },
  ),
)
registerRewrite(() => useRelayDialects.setState({}))

/** One probe per relay at a time: two tabs' first Generate, or Generate and the settings. */
const probing = new Map<string, Promise<Dialect[]>>()

/**
 * Reads a made-up task on each dialect's route (nothing is created) and keeps what answered:
 * on the saved relay, or on the one being typed in the settings.
 */
export function probeRelay(
  credentials: Credentials | null = getCredentials(),
  { quick = false } = {},
): Promise<Dialect[]> {
  const relay = relayId(credentials?.baseUrl ?? '')
  const running = probing.get(relay)
  if (running) return running
  const api = credentials === getCredentials() ? client : createRelayClient(() => credentials)
  const probe = probeDialects(api, quick ? { first: 'v2' } : {})
    .then(({ offered, partial }) => {
      useRelayDialects.getState().actions.found(relay, offered, partial)
      return offered
    })
    .finally(() => probing.delete(relay))
  probing.set(relay, probe)
  return probe
}

/**
 * The dialect a request goes out in, on a relay that speaks `offered`:
 * - the user's choice, where made;
 * - the relay guide's, where spoken: the product's contract, and what the app has always sent;
 * - a model the relay lists on OpenAI's video endpoint (`openai-video`, in its price list or
 *   its model list): OpenAI's;
 * - else new-api's for any family but Sora (its adaptors take `images`; on `/v1/videos` most
 *   drop a file part — docs/relay-dialects.md section 3), OpenAI's for Sora;
 * - never OpenAI's for more reference images than its one `input_reference` carries, where
 *   another dialect is spoken (a family whose adaptor reads no file sends its images in JSON
 *   there, any number: profiles/dialectBody.ts);
 * - nothing found: the guide's, and the relay's answer says the rest.
 */
export function chooseDialect(
  body: CreateTaskBody,
  offered: readonly Dialect[],
  choice: DialectChoice = 'auto',
  endpoints?: EndpointHint,
): Dialect {
  if (choice !== 'auto') return choice
  const images = body.images?.length ?? 0
  const fits = (d: Dialect) => offered.includes(d) && images <= imagesCarried(d, body.model)
  if (fits('v2')) return 'v2'
  if (endpoints?.openaiVideo && fits('openai')) return 'openai'
  const sora = profileFor(body.model).id === 'sora'
  const order: Dialect[] = sora ? ['openai', 'newapi'] : ['newapi', 'openai']
  return order.find(fits) ?? order.find((d) => offered.includes(d)) ?? 'v2'
}

/** What the next create to this relay speaks: found before, or found now (reads only). */
export async function dialectFor(body: CreateTaskBody, endpoints?: EndpointHint): Promise<Dialect> {
  const relay = currentRelayId()
  const { found, choice } = useRelayDialects.getState()
  const chosen = choice[relay] ?? 'auto'
  if (chosen !== 'auto') return chosen
  let offered = found[relay]?.offered
  // Before a create: the guide's route first, and the others only where it is missing —
  // a read of a made-up task on new-api's routes answers 400, which a browser's console
  // shows in red; a relay that speaks the guide's needs no more asking.
  if (!offered) offered = await probeRelay(getCredentials(), { quick: true }).catch(() => undefined)
  return chooseDialect(body, offered ?? ['v2'], 'auto', endpoints)
}
