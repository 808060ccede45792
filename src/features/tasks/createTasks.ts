import type { CreateTaskBody } from '../../api/types.ts'
import { now } from '../../lib/clock.ts'
import type { VideoFrame } from '../../profiles/types.ts'
import { frameOfBody } from '../../profiles/readBody.ts'
import { currentRelayId } from '../settings/settingsStore.ts'
import { tasksActions } from './tasksStore.ts'
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

/** The queue's sending side, loaded apart from the first screen (one import, one preload list). */
const sendQueue = () => import('./sendQueue.ts')

/** The send itself (submitTask.ts): loaded with the first send, not with the first screen. */
const submitter = () => import('./submitTask.ts')

/** Fetches the sending side early (the composer has focus): the first Generate then waits for nothing. */
export const preloadSending = () => void Promise.all([sendQueue(), submitter()]).catch(() => {})

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
  void Promise.all([sendQueue(), submitter()]).then(([queue, { submitTask }]) =>
    queue.sendIfWorker(submitTask),
  )
}

/**
 * Starts one task per request (a batch of identical requests is N tasks on purpose). Each is
 * recorded, waiting, before anything is sent; then each is sent once, as the relay has free
 * slots (see takeQueue.ts): at once, mostly.
 */
export function startTasks(
  requests: readonly TaskRequest[],
  group?: { id: string; name: string },
  continues?: TaskRecord['continues'],
): string[] {
  const relay = currentRelayId()
  const ids = requests.map(({ body, frame }, i) =>
    begin({
      body,
      frame,
      relay,
      createdAt: now(),
      ...(continues && { continues }),
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

/**
 * A request that follows a finished task (a remix, an extension): on its model, shown beside
 * it, sent as its own paid request. Null where the task has no relay id to follow.
 */
function followUp(
  parent: TaskRecord,
  prompt: string,
  link: (from: {
    localId: string
    remoteId: string
    prompt: string
  }) => Pick<NewTask, 'remixOf' | 'extendOf' | 'continues'>,
  frame = parent.frame,
): string | null {
  if (!parent.remoteId) return null
  const from = { localId: parent.localId, remoteId: parent.remoteId, prompt: parent.body.prompt }
  const id = begin(
    {
      body: { model: parent.body.model, prompt: prompt.trim() },
      frame,
      relay: currentRelayId(),
      createdAt: now(),
      ...link(from),
    },
    parent.localId,
  )
  sendWhatFits()
  return id
}

/** Starts a remix of a finished task: the same video shape, shown beside its source. */
export const startRemix = (parent: TaskRecord, prompt: string) =>
  followUp(parent, prompt, (from) => ({ remixOf: from }))

/** Extends a finished task on OpenAI's route: `seconds` more, continuing it, shown beside it. */
export const startExtension = (parent: TaskRecord, prompt: string, seconds: number) =>
  followUp(
    parent,
    prompt,
    (from) => ({ extendOf: from, continues: { localId: from.localId, prompt: from.prompt } }),
    { ...parent.frame, seconds },
  )
