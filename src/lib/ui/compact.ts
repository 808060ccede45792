import { createContext, useCallback, useContext, useState } from 'react'

/**
 * The space a view is shown in is small (a tiled window, a short one): it shows its picture
 * first and tucks the rest (details, actions) into a menu over it, never squeezing it.
 */
export const CompactContext = createContext(false)
export const useCompact = () => useContext(CompactContext)

/**
 * Whether the element's box (padding included, so a padding that depends on the answer cannot
 * make it flicker) is shorter than `px`, followed as it is resized (a ref callback).
 */
export function useShorterThan<T extends HTMLElement>(
  px: number,
): [(el: T | null) => void, boolean] {
  const [short, setShort] = useState(false)
  const ref = useCallback(
    (el: T | null) => {
      if (!el || typeof ResizeObserver === 'undefined') return
      const observer = new ResizeObserver(([entry]) => {
        if (!entry) return
        const height = entry.borderBoxSize?.[0]?.blockSize ?? el.getBoundingClientRect().height
        setShort(height < px)
      })
      observer.observe(el)
      return () => observer.disconnect()
    },
    [px],
  )
  return [ref, short]
}
