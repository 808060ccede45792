import { useEffect, useRef, useState } from 'react'
import { deleteTasks } from '../deleteTasks.ts'

/** How long "Undo" stays offered for each discarded take before it leaves the library. */
const UNDO_MS = 8_000

/**
 * Takes discarded in the compare view: out of the view at once, out of the library (and this
 * browser's files) once their own few seconds pass — each discard keeps its own time, so a
 * second discard does not make the first final. Undo brings back the latest; leaving the view
 * makes every pending discard final.
 */
export function useDiscards() {
  // Out of the view: pending and final alike (a final one stays out while its record is deleted).
  const [discarded, setDiscarded] = useState<string[]>([])
  // Still undoable, oldest first.
  const [pending, setPending] = useState<string[]>([])
  const timers = useRef(new Map<string, number>())

  const commit = (id: string) => {
    timers.current.delete(id)
    setPending((p) => p.filter((x) => x !== id))
    void deleteTasks([id])
  }

  const discard = (id: string) => {
    if (timers.current.has(id)) return
    setDiscarded((d) => [...d, id])
    setPending((p) => [...p, id])
    timers.current.set(
      id,
      window.setTimeout(() => commit(id), UNDO_MS),
    )
  }

  /** The latest discard still pending, back in the view; its id, or null when none was. */
  const undoLast = (): string | null => {
    const id = [...timers.current.keys()].at(-1)
    if (id === undefined) return null
    clearTimeout(timers.current.get(id))
    timers.current.delete(id)
    setDiscarded((d) => d.filter((x) => x !== id))
    setPending((p) => p.filter((x) => x !== id))
    return id
  }

  useEffect(() => {
    const pending = timers.current
    return () => {
      for (const [id, timer] of pending) {
        clearTimeout(timer)
        void deleteTasks([id])
      }
      pending.clear()
    }
  }, [])

  return { discarded, pending: pending.length, discard, undoLast }
}
