import type { ReactNode } from 'react'
import { useInSteps } from '../../lib/useInSteps.ts'
import { useNarrow } from './useNarrow.ts'
import { useShownWindowIds } from './windowsStore.ts'

/**
 * The desktop the windows float on (between the header and the dock), or, below 640 px wide,
 * a column of cards, newest first. `children` renders one window (a `WindowFrame`) per open id.
 */
export function WindowLayer({ children: renderWindow }: { children: (id: string) => ReactNode }) {
  const all = useShownWindowIds()
  // A restored workspace's windows mount a few per frame, not all in one.
  const ids = all.slice(0, useInSteps(all.length))
  const narrow = useNarrow()
  return narrow ? (
    <div className="space-y-3 px-4 pb-14">{[...ids].reverse().map(renderWindow)}</div>
  ) : (
    <div className="pointer-events-none fixed inset-x-0 top-14 bottom-11">
      {ids.map(renderWindow)}
    </div>
  )
}
