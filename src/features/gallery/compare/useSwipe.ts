import { useRef, type PointerEvent } from 'react'

/** Far enough sideways, and more sideways than up, to be a swipe rather than a scroll or tap. */
const MIN_PX = 48

/**
 * Pointer handlers that call `onSwipe(+1)` for a swipe to the left (the next one, as pages
 * turn) and `onSwipe(-1)` to the right. Pointer events cover touch, pen and mouse alike.
 */
export function useSwipe(onSwipe: (step: 1 | -1) => void) {
  const start = useRef<{ x: number; y: number } | null>(null)
  return {
    onPointerDown: (e: PointerEvent) => {
      if (e.isPrimary) start.current = { x: e.clientX, y: e.clientY }
    },
    onPointerUp: (e: PointerEvent) => {
      const s = start.current
      start.current = null
      if (!s || !e.isPrimary) return
      const dx = e.clientX - s.x
      const dy = e.clientY - s.y
      if (Math.abs(dx) >= MIN_PX && Math.abs(dx) > 2 * Math.abs(dy)) onSwipe(dx < 0 ? 1 : -1)
    },
    onPointerCancel: () => {
      start.current = null
    },
  }
}
