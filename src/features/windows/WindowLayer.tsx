import type { ReactNode } from 'react'
import { useNarrow } from './useNarrow.ts'
import { useOpenWindowIds } from './windowsStore.ts'

/**
 * The desktop the windows float on (between the header and the dock), or, below 640 px wide,
 * a column of cards, newest first. `children` renders one window (a `WindowFrame`) per open id.
 */
export function WindowLayer({ children: renderWindow }: { children: (id: string) => ReactNode }) {
  const ids = useOpenWindowIds()
  const narrow = useNarrow()
  return narrow ? (
    <div className="space-y-3 px-4 pb-14">{[...ids].reverse().map(renderWindow)}</div>
  ) : (
    <div className="pointer-events-none fixed inset-x-0 top-14 bottom-11">
      {ids.map(renderWindow)}
    </div>
  )
}
