import { isRelayError } from '../../api/errors.ts'
import { relay as client } from '../../api/relay.ts'
import type { CreateTaskBody } from '../../api/types.ts'
import { getCredentials } from '../../api/settingsStore.ts'
import { relayKeys } from '../../api/queries.ts'
import { relayId } from '../../api/relayId.ts'
import { queryClient } from '../../lib/queryClient.ts'
import { openWindow } from '../windows/windowsStore.ts'
import { useRelayFeatures } from './relayFeatures.ts'
import { tasksActions, useTasksStore, type TaskRecord } from './tasksStore.ts'

const inFlight = new Set<string>()

const newLocalId = () =>
  globalThis.crypto?.randomUUID?.() ??
  `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

/**
 * Sends (or, after the user pressed "Try again", re-sends) one create request.
 * Never called on its own after a failure: every create may cost money.
 */
export async function submitTask(localId: string): Promise<void> {
  const record = useTasksStore.getState().tasks[localId]
  if (!record || record.phase === 'created' || inFlight.has(localId)) return
  inFlight.add(localId)
  // "Try again" goes to the relay set up now; the record follows it.
  const relay = relayId(getCredentials()?.baseUrl ?? '')
  tasksActions().submitting(localId, relay)
  try {
    // A remix is its own paid request on the remix route: sent once, like a create.
    const { id } = record.remixOf
      ? await client.remixTask(record.remixOf.remoteId, record.body.prompt)
      : await client.createTask(record.body)
    tasksActions().created(localId, id)
    void queryClient.invalidateQueries({ queryKey: relayKeys.quota(relay) })
  } catch (e) {
    if (record.remixOf && isRelayError(e) && e.kind === 'unsupported')
      useRelayFeatures.getState().actions.remixMissing(relay)
    tasksActions().createFailed(localId, {
      kind: isRelayError(e) ? e.kind : 'network',
      detail: isRelayError(e) ? e.detail : undefined,
      mayHaveReachedRelay: isRelayError(e) ? e.mayHaveReachedRelay : true,
    })
  } finally {
    inFlight.delete(localId)
  }
}

/** Opens the task's window at once, in "submitting", before the relay answers. */
export function startTask(body: CreateTaskBody): string {
  const localId = newLocalId()
  tasksActions().added({
    localId,
    body,
    relay: relayId(getCredentials()?.baseUrl ?? ''),
    createdAt: Date.now(),
  })
  // Shaped for the video it will hold (aspect_ratio on Sora and Veo, ratio on Grok and Wan).
  openWindow(localId, undefined, body.aspect_ratio ?? body.ratio)
  void submitTask(localId)
  return localId
}

/** Starts a remix of a finished task: its own window, next to its parent's. */
export function startRemix(parent: TaskRecord, prompt: string): string | null {
  if (!parent.remoteId) return null
  const localId = newLocalId()
  tasksActions().added({
    localId,
    body: { model: parent.body.model, prompt: prompt.trim() },
    relay: relayId(getCredentials()?.baseUrl ?? ''),
    createdAt: Date.now(),
    remixOf: { localId: parent.localId, remoteId: parent.remoteId, prompt: parent.body.prompt },
  })
  openWindow(localId, parent.localId)
  void submitTask(localId)
  return localId
}
