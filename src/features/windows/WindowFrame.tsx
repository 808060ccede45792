import type { ReactNode } from 'react'
import { CardFrame } from './CardFrame.tsx'
import { FloatingFrame } from './FloatingFrame.tsx'
import { useNarrow } from './useNarrow.ts'
import { useIsMinimized } from './windowsStore.ts'

interface Props {
  id: string
  /** The window's name: its title bar, its accessible name, its dock button. */
  title: string
  /** Beside the title: what the owner adds (an element that changes only when it does). */
  titleExtras?: ReactNode
  /** What it shows. Pass an element that changes only when the content does: a drag never re-renders it. */
  children: ReactNode
}

/**
 * A window of the shell: a floating, draggable, resizable frame, or a card on a narrow screen.
 * It knows nothing of what it holds; a minimised window mounts no content.
 */
export function WindowFrame({ id, title, titleExtras, children }: Props) {
  const narrow = useNarrow()
  const minimized = useIsMinimized(id)
  if (minimized) return null
  return narrow ? (
    <CardFrame id={id} title={title} titleExtras={titleExtras}>
      {children}
    </CardFrame>
  ) : (
    <FloatingFrame id={id} title={title} titleExtras={titleExtras}>
      {children}
    </FloatingFrame>
  )
}
