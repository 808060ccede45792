import { useQueryClient } from '@tanstack/react-query'
import { memo, useEffect } from 'react'
import { isWorker, setCanWork, startLeadership, useLeadership } from '../../lib/leader.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'
import { useCredentials, useSettingsStore } from '../settings/settingsStore.ts'
import { sendDue } from './sendQueue.ts'
import { submitTask } from './submitTask.ts'
import { followSnapshots } from './taskQuery.ts'
import type { TaskSnapshot } from '../../api/types.ts'
import { useShallow } from 'zustand/react/shallow'
import { isFinalSnapshot, isFinished } from './stage.ts'
import { tasksActions, useTask, useTasksStore } from './tasksStore.ts'
import { useTaskQuery } from './useTaskQuery.ts'

/**
 * Keeps every unfinished task polling, and writes each final state into its record. Mounted
 * by the app itself: polling never waits for, or depends on, any window being shown.
 * Renders nothing.
 */
export function TaskPollers() {
  useOneTabWorks()
  useSendsWaiting()
  const ids = useTasksStore(
    useShallow((s) =>
      Object.values(s.tasks)
        .filter((r) => r.phase === 'created' && !isFinished(r))
        .map((r) => r.localId),
    ),
  )
  return ids.map((id) => <Poller key={id} localId={id} />)
}

const Poller = memo(function Poller({ localId }: { localId: string }) {
  const record = useTask(localId)!
  const { query } = useTaskQuery(record)
  const final = isFinalSnapshot(query.data) ? query.data : undefined
  useEffect(() => {
    if (final) tasksActions().finished(localId, final)
  }, [final, localId])
  return null
})

/**
 * The working tab sends waiting jobs as slots free: whenever a job changes (one finishing frees
 * a slot; a new one may fit), when the slots setting changes, and when it becomes the worker.
 */
function useSendsWaiting() {
  const role = useLeadership((s) => s.role)
  const worker = isWorker(role)
  useEffect(() => {
    if (!worker) return
    sendDue(submitTask)
    const offTasks = useTasksStore.subscribe((s, before) => {
      if (s.tasks !== before.tasks) sendDue(submitTask)
    })
    const offSettings = useSettingsStore.subscribe((s, before) => {
      if (s.slotsByRelay !== before.slotsByRelay || s.credentials !== before.credentials)
        sendDue(submitTask)
    })
    return () => {
      offTasks()
      offSettings()
    }
  }, [worker])
}

/**
 * One tab polls for all (see lib/leader.ts): the others show what it shares. A tab that takes
 * over asks at once about every task still running, not after its predecessor's next wait.
 */
function useOneTabWorks() {
  const queryClient = useQueryClient()
  // Only a tab that can poll competes to: a locked one leaves the work to an open one.
  const open = useVaultStore((s) => s.status === 'open')
  const hasRelay = useCredentials() !== null
  useEffect(() => setCanWork(open && hasRelay), [open, hasRelay])
  useEffect(() => {
    startLeadership()
    const unfollow = followSnapshots(queryClient)
    const unsubscribe = useLeadership.subscribe((now, before) => {
      if (now.role !== 'leader' || before.role === 'leader') return
      void queryClient.invalidateQueries({
        predicate: (q) =>
          q.queryKey[2] === 'task' && !isFinalSnapshot(q.state.data as TaskSnapshot | undefined),
      })
    })
    return () => {
      unfollow()
      unsubscribe()
    }
  }, [queryClient])
}
