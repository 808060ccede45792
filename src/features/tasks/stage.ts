import { isRelayError, isTransient, type RelayErrorKind } from '../../api/errors.ts'
import type { TaskFailure, TaskSnapshot, TaskStatus } from '../../api/types.ts'
import type { CreateFailure, TaskRecord } from './taskRecord.ts'

/** The one place that says which relay statuses end a task. */
export const isFinalStatus = (status: TaskStatus) => status === 'succeeded' || status === 'failed'
export const isFinalSnapshot = (s: TaskSnapshot | undefined): s is TaskSnapshot =>
  s !== undefined && isFinalStatus(s.status)

/** Nothing more will happen to it without the user: Close finished may close its window. */
export const isFinished = (record: TaskRecord) =>
  record.phase === 'create_failed' || record.phase === 'local' || isFinalSnapshot(record.outcome)

/**
 * The tasks that ended (finished, failed, or failed to be created) between two states of the
 * store: what the tab's badge and the job alerts announce.
 */
export const endedBetween = (
  now: Record<string, TaskRecord>,
  before: Record<string, TaskRecord>,
): TaskRecord[] =>
  Object.values(now).filter((r) => {
    const was = before[r.localId]
    return was !== undefined && !isFinished(was) && isFinished(r)
  })

/** Why polling waits, if it does. */
export type PauseReason = 'locked' | 'otherRelay' | 'overdue'

/** Why reads fail while they are retried: an error kind, the browser offline, or unknown. */
export type Reconnecting = RelayErrorKind | 'offline' | 'unknown'

/** Where a task stands: what its window, its dock chip and the history all show. */
export type TaskStage =
  /** Recorded, not sent: the relay has no free slot yet (see takeQueue.ts). */
  | { kind: 'waiting' }
  | { kind: 'submitting' }
  | { kind: 'create_failed'; failure: CreateFailure }
  | {
      kind: 'queued' | 'running'
      progress: number | null
      paused: PauseReason | null
      reconnecting: Reconnecting | null
    }
  | { kind: 'succeeded'; videoUrl: string }
  /** An item with no relay task: its kept file is all there is. */
  | { kind: 'local' }
  | { kind: 'failed'; failure: TaskFailure }
  /** A read failed in a way retrying cannot mend (a wrong key, a task the relay forgot). */
  | { kind: 'read_failed'; error: unknown; last: 'queued' | 'running' }

/** What a task's query says, and what keeps it from asking. */
export interface TaskRead {
  data: TaskSnapshot | undefined
  error: unknown
  failureCount: number
  failureReason: unknown
  offline: boolean
  paused: PauseReason | null
}

/** No read at all: the stage of a task whose end is in its record needs none. */
export const NO_READ: TaskRead = {
  data: undefined,
  error: null,
  failureCount: 0,
  failureReason: null,
  offline: false,
  paused: null,
}

/** The stage from the record and its query: computed here and nowhere else. */
export function taskStage(record: TaskRecord, read: TaskRead): TaskStage {
  if (record.phase === 'local') return { kind: 'local' }
  if (record.phase === 'waiting') return { kind: 'waiting' }
  if (record.phase === 'submitting') return { kind: 'submitting' }
  if (record.phase === 'create_failed')
    return {
      kind: 'create_failed',
      failure: record.createFailure ?? { kind: 'network', mayHaveReachedRelay: true },
    }
  // The query starts from the stored outcome, so its data is never older: a read made to
  // refresh an expired link must win over the link stored with the outcome.
  const snapshot = read.data ?? record.outcome
  const last = snapshot?.status === 'running' ? 'running' : 'queued'
  // A transient error keeps the last progress on screen ("reconnecting…"); others replace it.
  if (read.error !== null && read.error !== undefined && (!snapshot || !isTransient(read.error)))
    return { kind: 'read_failed', error: read.error, last }
  if (snapshot?.status === 'failed')
    return { kind: 'failed', failure: snapshot.failure ?? { kind: 'generic', reason: '' } }
  if (snapshot?.status === 'succeeded' && snapshot.videoUrl)
    return { kind: 'succeeded', videoUrl: snapshot.videoUrl }
  return {
    kind: last,
    progress: snapshot?.progress ?? null,
    paused: read.paused,
    reconnecting: read.offline
      ? 'offline'
      : read.failureCount > 0
        ? isRelayError(read.failureReason)
          ? read.failureReason.kind
          : 'unknown'
        : null,
  }
}

/** One word for the dock and the history. */
export function stageWord(
  stage: TaskStage,
): 'waiting' | 'submitting' | 'queued' | 'running' | 'succeeded' | 'failed' {
  switch (stage.kind) {
    case 'create_failed':
      return 'failed'
    case 'read_failed':
      return stage.last
    case 'local':
      return 'succeeded'
    default:
      return stage.kind
  }
}
