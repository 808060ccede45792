import { memo, useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { tasksActions, useTask, useTasksStore } from './tasksStore.ts'
import { useTaskQuery } from './useTaskQuery.ts'

/**
 * Keeps every unfinished task polling whether or not its window is open or minimised,
 * and writes each final state into its record. Renders nothing.
 */
export function TaskPollers() {
  const ids = useTasksStore(
    useShallow((s) =>
      Object.values(s.tasks)
        .filter((r) => r.phase === 'created' && !r.outcome)
        .map((r) => r.localId),
    ),
  )
  return ids.map((id) => <Poller key={id} localId={id} />)
}

const Poller = memo(function Poller({ localId }: { localId: string }) {
  const record = useTask(localId)!
  const { query } = useTaskQuery(record)
  const snapshot = query.data
  const final =
    snapshot && (snapshot.status === 'succeeded' || snapshot.status === 'failed')
      ? snapshot
      : undefined
  useEffect(() => {
    if (final) tasksActions().finished(localId, final)
  }, [final, localId])
  return null
})
