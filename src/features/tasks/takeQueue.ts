import { create } from 'zustand'
import { now } from '../../lib/clock.ts'
import { isOverdue } from './deadline.ts'
import { isFinished } from './stage.ts'
import { imagesLost, type TaskRecord } from './taskRecord.ts'
import { MAX_SLOTS } from '../settings/slots.ts'

/**
 * A job the relay is working on for us: being sent, or sent and not finished. One past its
 * deadline counts no more (it stopped polling; the relay has most likely dropped it), so a
 * stuck job never holds a slot for ever.
 */
export const holdsSlot = (r: TaskRecord, at = now()) =>
  r.phase === 'submitting' || (r.phase === 'created' && !isFinished(r) && !isOverdue(r, at, []))

/** The waiting jobs of a relay in the order they were asked for. */
export const waitingAt = (records: readonly TaskRecord[], relay: string) =>
  records
    .filter((r) => r.phase === 'waiting' && r.relay === relay)
    .sort((a, b) => a.createdAt - b.createdAt || (a.take?.index ?? 0) - (b.take?.index ?? 0))

/**
 * Which waiting jobs may be sent now: the oldest that can be, as many as the relay has free
 * slots. A job whose reference images were lost to a reload cannot: it waits for the user.
 */
export function dueAt(
  records: readonly TaskRecord[],
  relay: string,
  slots: number,
  at = now(),
): string[] {
  const busy = records.filter((r) => r.relay === relay && holdsSlot(r, at)).length
  return waitingAt(records, relay)
    .filter((r) => !imagesLost(r))
    .slice(0, Math.max(0, slots - busy))
    .map((r) => r.localId)
}

const BACKOFF_MS = [5_000, 10_000, 20_000, 40_000, 60_000]

interface BusyState {
  /** Per relay: the slots the relay showed it can take, lowered until the page reloads. */
  lowered: Record<string, number>
  /** Per relay: no job is sent before this time (after a refusal), nor the refusal count. */
  pausedUntil: Record<string, number>
  refusals: Record<string, number>
  /** Whether the app has said (once) that the relay took fewer jobs than set. */
  told: boolean
  actions: {
    /** The relay refused a create while `inFlight` of ours were running there. */
    refused: (relay: string, inFlight: number, retryAfterMs?: number) => void
    /** A create was accepted: the backoff starts afresh. */
    accepted: (relay: string) => void
    toldSeen: () => void
  }
}

/** What the relay taught this page about its limits: not kept (a reload tries the setting again). */
export const useRelayBusy = create<BusyState>()((set) => ({
  lowered: {},
  pausedUntil: {},
  refusals: {},
  told: false,
  actions: {
    refused: (relay, inFlight, retryAfterMs) =>
      set((s) => {
        const n = s.refusals[relay] ?? 0
        const base = BACKOFF_MS[Math.min(n, BACKOFF_MS.length - 1)]!
        // Jittered, so tabs or takes refused together do not come back together.
        const wait = Math.max(retryAfterMs ?? 0, base * (0.75 + Math.random() * 0.5))
        return {
          lowered: {
            ...s.lowered,
            [relay]: Math.max(1, Math.min(s.lowered[relay] ?? MAX_SLOTS, inFlight)),
          },
          pausedUntil: { ...s.pausedUntil, [relay]: now() + wait },
          refusals: { ...s.refusals, [relay]: n + 1 },
        }
      }),
    accepted: (relay) =>
      set((s) => (s.refusals[relay] ? { refusals: { ...s.refusals, [relay]: 0 } } : s)),
    toldSeen: () => set({ told: true }),
  },
}))

/** The slots to use at a relay: the setting, or fewer where the relay said so. */
export const slotsAt = (relay: string, setting: number) =>
  Math.min(setting, useRelayBusy.getState().lowered[relay] ?? MAX_SLOTS)
