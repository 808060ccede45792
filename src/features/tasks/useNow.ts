import { useEffect, useState } from 'react'
import { now as clockNow } from '../../lib/clock.ts'

/** The time now, refreshed every `ms` while `active`: drives elapsed-time labels. */
export function useNow(active: boolean, ms = 1000): number {
  const [now, setNow] = useState(clockNow)
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => setNow(clockNow()), ms)
    return () => clearInterval(timer)
  }, [active, ms])
  return now
}
