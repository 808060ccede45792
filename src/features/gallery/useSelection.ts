import { useRef, useState } from 'react'

/**
 * Tasks picked in the library: a click (or Space on a card's checkbox) toggles one; with
 * Shift, everything between it and the last one toggled is picked, as in a file manager.
 * `ids` is the order shown; ids no longer present (deleted here or in another tab) count for
 * nothing.
 */
export function useSelection(ids: readonly string[], present: (id: string) => boolean) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set())
  const anchor = useRef<string | null>(null)
  const selected = [...picked].filter(present)

  const toggle = (id: string, range: boolean) => {
    const from = anchor.current === null ? -1 : ids.indexOf(anchor.current)
    const to = ids.indexOf(id)
    anchor.current = id
    setPicked((prev) => {
      const next = new Set(prev)
      if (range && from >= 0 && to >= 0) {
        const [a, b] = from < to ? [from, to] : [to, from]
        for (const x of ids.slice(a, b + 1)) next.add(x)
      } else if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }
  const all = () => setPicked(new Set(ids))
  const none = () => {
    anchor.current = null
    setPicked(new Set())
  }
  return { selected, isSelected: (id: string) => picked.has(id), toggle, all, none }
}
