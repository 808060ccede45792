import { isRelayError } from '../../api/errors.ts'
import { relay as client } from '../../api/relay.ts'
import type { CreateTaskBody } from '../../api/types.ts'
import { relayKeys } from '../../api/queries.ts'
import { relayId } from '../../api/relayId.ts'
import { queryClient } from '../../lib/queryClient.ts'
import { now } from '../../lib/clock.ts'
import type { VideoFrame } from '../../profiles/types.ts'
import { frameOfBody } from '../../profiles/readBody.ts'
import { getCredentials } from '../settings/settingsStore.ts'
import { whileSending } from './createLock.ts'
import { useRelayFeatures } from './relayFeatures.ts'
import { DEFAULT_DEADLINE_MS } from './deadline.ts'
import { tasksActions, useTasksStore } from './tasksStore.ts'
import { newLocalId, type NewTask, type TaskRecord } from './taskRecord.ts'

/** One create request as the composer built it: the body on the wire and the video it asks for. */
export interface TaskRequest {
  body: CreateTaskBody
  frame: VideoFrame
}

/** A task that has just started: whoever shows tasks (the app's windows) hears of it here. */
export interface StartedTask {
  localId: string
  frame: VideoFrame
  /** The task it came from (a remix's source), to show it beside that one. */
  near?: string
}

const listeners = new Set<(task: StartedTask) => void>()

/** Tasks know nothing of windows: the app subscribes and opens one per started task. */
export function onTaskStarted(listener: (task: StartedTask) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Which dialect a create speaks, and its body in it: loaded with the first create, not the page. */
const wire = () => import('./wireRequest.ts')

const currentRelay = () => relayId(getCredentials()?.baseUrl ?? '')

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
    const relay = currentRelay()
    // A take that waited for a slot gets its full deadline from now, when it is sent.
    if (record.phase === 'waiting')
      tasksActions().deadlineExtended(localId, record.deadlineMs ?? DEFAULT_DEADLINE_MS)
    tasksActions().submitting(localId, relay)
    try {
      // A remix is its own paid request on the remix route: sent once, like a create. Its
      // result is read in the dialect of the task it remixes.
      const source = record.remixOf && useTasksStore.getState().tasks[record.remixOf.localId]
      const { id, dialect } = record.remixOf
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

function begin(record: Omit<NewTask, 'localId'>, near?: string): string {
  const localId = newLocalId()
  tasksActions().added({ ...record, localId })
  listeners.forEach((listener) => listener({ localId, frame: record.frame, near }))
  return localId
}

/**
 * Sends what the relay has room for now, where this tab is the one that sends (the others
 * leave it to that tab, which hears of the new jobs at once).
 */
function sendWhatFits() {
  void sendQueue().then((m) => m.sendIfWorker(submitTask))
}

/**
 * Starts one task per request (a batch of identical requests is N tasks on purpose). Each is
 * recorded, waiting, before anything is sent; then each is sent once, as the relay has free
 * slots (see takeQueue.ts): at once, mostly.
 */
export function startTasks(
  requests: readonly TaskRequest[],
  group?: { id: string; name: string },
): string[] {
  const relay = currentRelay()
  const ids = requests.map(({ body, frame }, i) =>
    begin({
      body,
      frame,
      relay,
      createdAt: now(),
      ...(group &&
        requests.length > 1 && {
          take: { group: group.id, name: group.name, index: i + 1, of: requests.length },
        }),
    }),
  )
  sendWhatFits()
  return ids
}

/** One task; its frame, unless given, is what the body asks for, read back by its profile. */
export const startTask = (body: CreateTaskBody, frame = frameOfBody(body)): string =>
  startTasks([{ body, frame }])[0]!

/** Starts a remix of a finished task: the same video shape, shown beside its source. */
export function startRemix(parent: TaskRecord, prompt: string): string | null {
  if (!parent.remoteId) return null
  const id = begin(
    {
      body: { model: parent.body.model, prompt: prompt.trim() },
      frame: parent.frame,
      relay: currentRelay(),
      createdAt: now(),
      remixOf: { localId: parent.localId, remoteId: parent.remoteId, prompt: parent.body.prompt },
    },
    parent.localId,
  )
  sendWhatFits()
  return id
}
