import { useQuery } from '@tanstack/react-query'
import { relayId } from '../../api/relayId.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'
import { isWorker, useLeadership } from '../../lib/leader.ts'
import { useCredentials } from '../settings/settingsStore.ts'
import { isOverdue } from './deadline.ts'
import { isFinished, taskStage, type PauseReason, type TaskStage } from './stage.ts'
import { taskQuery } from './taskQuery.ts'
import { useNow } from './useNow.ts'
import type { TaskRecord } from './taskRecord.ts'

/**
 * The one query of a task, however many places show it (its window, the dock, the
 * history, the background poller). It waits while locked, while another relay is set up,
 * or past its deadline.
 */
export function useTaskQuery(record: TaskRecord) {
  const locked = useVaultStore((s) => s.status === 'locked')
  // Another tab polls for all: this one shows what it shares.
  const works = useLeadership((s) => isWorker(s.role))
  const credentials = useCredentials()
  const elsewhere = !locked && relayId(credentials?.baseUrl ?? '') !== record.relay
  const lockedPeriods = useVaultStore((s) => s.lockedPeriods)
  const final = isFinished(record)
  const now = useNow(!final, 15_000)
  const overdue = !final && isOverdue(record, now, lockedPeriods)
  const paused: PauseReason | null = locked
    ? 'locked'
    : elsewhere
      ? 'otherRelay'
      : overdue
        ? 'overdue'
        : null
  const query = useQuery({
    ...taskQuery(record.relay, record.remoteId ?? '', record.dialect),
    enabled: Boolean(record.remoteId) && paused === null && works,
    // A task whose end is known is shown from its record: a reload asks the relay nothing.
    initialData: record.outcome,
  })
  return { query, paused }
}

/** Where the task stands (see `taskStage`), for whatever shows it. */
export function useTaskStage(record: TaskRecord): TaskStage {
  const { query, paused } = useTaskQuery(record)
  return taskStage(record, {
    data: query.data,
    error: query.error,
    failureCount: query.failureCount,
    failureReason: query.failureReason,
    offline: query.fetchStatus === 'paused',
    paused,
  })
}
