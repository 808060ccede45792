import { memo, useEffect } from 'react'
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
