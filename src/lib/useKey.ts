import { useCallback, useEffect, useRef } from 'react'

/**
 * Calls `onKey` for `key` pressed anywhere inside the element given the returned callback
 * ref: for containers (a window, a panel) that are not controls themselves. A callback ref,
 * so an element that mounts later (a window shown again from the dock) is listened to too.
 */
export function useKeyWithin<T extends HTMLElement>(
  key: string,
  onKey: (e: KeyboardEvent) => void,
) {
  const handler = useRef(onKey)
  useEffect(() => {
    handler.current = onKey
  })
  const cleanup = useRef<(() => void) | null>(null)
  return useCallback(
    (el: T | null) => {
      cleanup.current?.()
      cleanup.current = null
      if (!el) return
      const listener = (e: KeyboardEvent) => {
        if (e.key === key) handler.current(e)
      }
      el.addEventListener('keydown', listener)
      cleanup.current = () => el.removeEventListener('keydown', listener)
    },
    [key],
  )
}
