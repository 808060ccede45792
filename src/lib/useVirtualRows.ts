import { useCallback, useEffect, useState } from 'react'

/** Where layout is not measured (a test's DOM), the list shows this much of itself. */
const UNMEASURED_PX = 600

/**
 * A list of `count` rows of `rowPx` each, of which only those in view (and `overscan` either
 * side) are rendered: a history of thousands costs what a screenful does. Give `scroller` (a
 * callback ref) to the scrolling element and put the rows `first`…`last − 1` in a box `totalPx` high, the first at
 * `first × rowPx`. Focus moving down the rows (Tab) scrolls them, which renders the next.
 * `guessPx` is the height expected before the first measure (say, the scroller's max-height).
 *
 * The scroller is measured when the browser has laid it out (a ResizeObserver's first call)
 * and on scroll, never by reading its size while rendering (which would force a layout of
 * the whole page). Small enough to own: one row height, one scroller; a library would add
 * rows of any height, which this list does not need.
 */
export function useVirtualRows(
  count: number,
  rowPx: number,
  guessPx = UNMEASURED_PX,
  overscan = 4,
) {
  const [element, setElement] = useState<HTMLElement | null>(null)
  const [view, setView] = useState({ top: 0, height: guessPx, width: 0 })
  useEffect(() => {
    if (!element) return
    const measure = () =>
      setView((v) => {
        const top = element.scrollTop
        const height = element.clientHeight || v.height
        const width = element.clientWidth
        return v.top === top && v.height === height && v.width === width
          ? v
          : { top, height, width }
      })
    element.addEventListener('scroll', measure, { passive: true })
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure)
    resized?.observe(element)
    return () => {
      element.removeEventListener('scroll', measure)
      resized?.disconnect()
    }
  }, [element])
  const first = Math.max(0, Math.floor(view.top / rowPx) - overscan)
  const last = Math.min(count, Math.ceil((view.top + view.height) / rowPx) + overscan)
  const scroller = useCallback((el: HTMLElement | null) => setElement(el), [])
  // `width`: the scroller's, once measured (0 before): a grid lays its rows out by it.
  return { scroller, first, last, totalPx: count * rowPx, width: view.width }
}
