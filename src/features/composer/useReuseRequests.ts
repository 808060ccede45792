import { useEffect } from 'react'
import { reuseIntentTaken, useReuseIntent } from '../tasks/reuseIntent.ts'
import { useTasksStore } from '../tasks/tasksStore.ts'
import { reuseRequest } from './reuse.ts'

/**
 * A task's window asked for its request back ("Edit & retry"): the composer takes it as the
 * library's Reuse does, and the keyboard goes to the prompt.
 */
export function useReuseRequests(prompt: () => HTMLElement | null) {
  useEffect(
    () =>
      useReuseIntent.subscribe(({ id }) => {
        if (!id) return
        reuseIntentTaken()
        const record = useTasksStore.getState().tasks[id]
        if (!record) return
        reuseRequest(record.body, record.imageCount)
        requestAnimationFrame(() => prompt()?.focus())
      }),
    [prompt],
  )
}
