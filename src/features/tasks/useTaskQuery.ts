import { useQuery } from '@tanstack/react-query'
import { relayId } from '../../api/relayId.ts'
import { useCredentials } from '../../api/settingsStore.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'
import { isOverdue } from './deadline.ts'
import { taskQuery } from './taskQuery.ts'
import { useNow } from './useNow.ts'
import type { TaskRecord } from './tasksStore.ts'

/**
 * The one query of a task, however many places show it (its window, the dock, the
 * history, the background poller). It waits while locked, or while another relay is set up.
 */
export function useTaskQuery(record: TaskRecord) {
  const locked = useVaultStore((s) => s.status === 'locked')
  const credentials = useCredentials()
  const elsewhere = !locked && relayId(credentials?.baseUrl ?? '') !== record.relay
  const lockedPeriods = useVaultStore((s) => s.lockedPeriods)
  const now = useNow(!record.outcome, 15_000)
  const overdue = !record.outcome && isOverdue(record, now, lockedPeriods)
  const query = useQuery({
    ...taskQuery(record.relay, record.remoteId ?? ''),
    enabled: Boolean(record.remoteId) && !locked && !elsewhere && !overdue,
    // A task whose end is known is shown from its record: a reload asks the relay nothing.
    initialData: record.outcome,
  })
  return { query, locked, elsewhere, overdue }
}
