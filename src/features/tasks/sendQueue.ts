// The take queue's sending side, loaded apart from the first screen: it needs the tab's role,
// the slots and the relay's past refusals, none of which a first press of Generate pays for.
import { relayId } from '../../api/relayId.ts'
import { now } from '../../lib/clock.ts'
import { isWorker, useLeadership } from '../../lib/leader.ts'
import { getCredentials, slotsSetting } from '../settings/settingsStore.ts'
import { dueAt, holdsSlot, slotsAt, useRelayBusy } from './takeQueue.ts'
import { tasksActions, useTasksStore } from './tasksStore.ts'

let wake: ReturnType<typeof setTimeout> | null = null

/**
 * Sends (with `send`: submitTask.ts's submitTask, handed in so the two modules do not import
 * each other) the waiting jobs the relay in use has free slots for. Called by the working tab only
 * (one tab sends for all: two tabs would each count the same slots free): on every change of
 * the tasks (TaskPollers), and again when a pause after a refusal ends.
 */
export function sendDue(send: (localId: string) => Promise<void>) {
  const credentials = getCredentials()
  if (!credentials) return
  const relay = relayId(credentials.baseUrl)
  const paused = (useRelayBusy.getState().pausedUntil[relay] ?? 0) - now()
  if (paused > 0) {
    wake ??= setTimeout(() => {
      wake = null
      sendDue(send)
    }, paused)
    return
  }
  const records = Object.values(useTasksStore.getState().tasks)
  for (const id of dueAt(records, relay, slotsAt(relay, slotsSetting(relay)))) void send(id)
}

/** Sends what fits now, where this tab is the one that sends. */
export function sendIfWorker(send: (localId: string) => Promise<void>) {
  if (isWorker(useLeadership.getState().role)) sendDue(send)
}

/**
 * A create the relay did not take: fewer jobs at once there until the page reloads, a pause
 * (its Retry-After, or a jittered backoff), and only then the job back in the queue.
 */
export function refused(localId: string, relay: string, retryAfterMs?: number) {
  const others = Object.values(useTasksStore.getState().tasks).filter(
    (r) => r.localId !== localId && r.relay === relay && holdsSlot(r),
  )
  useRelayBusy.getState().actions.refused(relay, others.length, retryAfterMs)
  tasksActions().requeued(localId)
}

export const accepted = (relay: string) => useRelayBusy.getState().actions.accepted(relay)
