import { useEffect, useState } from 'react'

/**
 * How many of `count` items to mount now: all of them, except when many arrive at once (a
 * workspace restored on start), when they come `step` (one) per animation frame, so no frame
 * holds them all (each brings a player, a fetch, timers). Once caught up, every new item
 * mounts at once.
 */
export function useInSteps(count: number, step = 1): number {
  const [allowed, setAllowed] = useState(step)
  // Caught up: from now on every new item mounts at once. (Adjusted while rendering, as React
  // allows for state derived from a previous render: no extra effect pass.)
  if (allowed !== Infinity && allowed >= count) setAllowed(Infinity)
  const behind = allowed < count
  useEffect(() => {
    if (!behind) return
    const frame = requestAnimationFrame(() => setAllowed((n) => n + step))
    return () => cancelAnimationFrame(frame)
  }, [behind, allowed, step])
  return Math.min(count, allowed)
}
