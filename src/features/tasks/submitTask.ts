import { isRelayError } from '../../api/errors.ts'
import { extendTask } from '../../api/extensions.ts'
import { relay as client } from '../../api/relay.ts'
import { relayKeys } from '../../api/queries.ts'
import { queryClient } from '../../lib/queryClient.ts'
import { currentRelayId } from '../settings/settingsStore.ts'
import { whileSending } from './createLock.ts'
import { useRelayFeatures } from './relayFeatures.ts'
import { DEFAULT_DEADLINE_MS } from './deadline.ts'
import { tasksActions, useTasksStore } from './tasksStore.ts'

// Sending a recorded task: apart from createTasks.ts (which records them), so that the first
// screen downloads only the recording; this arrives with the first send.

/** Which dialect a create speaks, and its body in it: loaded with the first create, not the page. */
const wire = () => import('./wireRequest.ts')

/** The queue's sending side, loaded apart from the first screen (one import, one preload list). */
const sendQueue = () => import('./sendQueue.ts')

/** Relays that refused a create in this page: their backoff is reset by the next accepted one. */
const refusedBefore = new Set<string>()

/**
 * The relay said it did not take a create: 429 (a rate or a concurrency limit, as new-api's
 * TokenConcurrencyGate answers), or a message about concurrency — with no task id. Nothing
 * was charged, so the job may go again: the one case where a create is sent a second time
 * without the user asking, because the relay said it was not accepted.
 */
const notAccepted = (e: unknown) =>
  isRelayError(e) &&
  !e.mayHaveReachedRelay &&
  (e.status === 429 || /concurren|并发/i.test(e.detail ?? ''))

/**
 * Sends (or, after the user pressed "Try again", re-sends) one create request.
 * Never called on its own after a failure: every create may cost money.
 */
export async function submitTask(localId: string): Promise<void> {
  await whileSending(localId, async () => {
    // Read under the lock: another tab may have sent it meanwhile.
    const record = useTasksStore.getState().tasks[localId]
    if (!record || record.phase === 'created') return
    // "Try again" goes to the relay set up now; the record follows it.
    const relay = currentRelayId()
    // A take that waited for a slot gets its full deadline from now, when it is sent.
    if (record.phase === 'waiting')
      tasksActions().deadlineExtended(localId, record.deadlineMs ?? DEFAULT_DEADLINE_MS)
    tasksActions().submitting(localId, relay)
    try {
      // A remix is its own paid request on the remix route: sent once, like a create. Its
      // result is read in the dialect of the task it remixes.
      const source = record.remixOf && useTasksStore.getState().tasks[record.remixOf.localId]
      const { id, dialect } = record.extendOf
        ? {
            ...(await extendTask(
              client,
              record.extendOf.remoteId,
              record.body.prompt,
              String(record.frame.seconds ?? 8),
            )),
            dialect: 'openai' as const,
          }
        : record.remixOf
          ? {
              ...(await client.remixTask(record.remixOf.remoteId, record.body.prompt)),
              dialect: source?.dialect,
            }
          : await wire().then((m) => m.createIn(relay, record))
      tasksActions().created(localId, id, dialect)
      void queryClient.invalidateQueries({ queryKey: relayKeys.quota(relay) })
      if (refusedBefore.has(relay)) void sendQueue().then((m) => m.accepted(relay))
    } catch (e) {
      if (notAccepted(e)) {
        // The relay said it did not take it (busy, nothing charged): back in the queue once
        // the queue has slowed down for that relay (never straight back at it).
        refusedBefore.add(relay)
        const retryAfterMs = isRelayError(e) ? e.retryAfterMs : undefined
        await sendQueue().then((m) => m.refused(localId, relay, retryAfterMs))
        return
      }
      if (record.remixOf && isRelayError(e) && e.kind === 'unsupported')
        useRelayFeatures.getState().actions.remixMissing(relay)
      tasksActions().createFailed(localId, {
        kind: isRelayError(e) ? e.kind : 'network',
        detail: isRelayError(e) ? e.detail : undefined,
        mayHaveReachedRelay: isRelayError(e) ? e.mayHaveReachedRelay : true,
      })
    }
  })
}
