import { useEffect, type ReactNode } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { useNarrow } from './useNarrow.ts'
import { focusWindow } from './windowFocus.ts'
import { useMinimizedIds, useOpenWindowIds, useWindowActions, windowArea } from './windowsStore.ts'

interface Props {
  /** A minimised window's button (a `DockButton`, with what the window's owner says of it). */
  item: (id: string) => ReactNode
  /** More of the dock's own buttons, first in the strip (e.g. the history). */
  children?: ReactNode
}

/** The strip along the bottom: minimised windows, tile, close finished, and the owner's extras. */
export function Dock({ item, children }: Props) {
  const t = useT()
  const minimized = useMinimizedIds()
  const open = useOpenWindowIds()
  const actions = useWindowActions()
  const narrow = useNarrow()
  // The page keeps what it must never hide above the dock (the composer's Generate sticks
  // there): its height, for as long as it is shown.
  useEffect(() => {
    const root = document.documentElement.style
    root.setProperty('--dock-h', '2.75rem')
    return () => void root.removeProperty('--dock-h')
  }, [])

  return (
    <nav
      aria-label={t('dock.label')}
      className="pointer-events-auto fixed inset-x-0 bottom-0 z-[60] flex h-11 items-center gap-2 border-t border-slate-800 bg-slate-950/95 px-3"
    >
      {/* The dock's own buttons stay in view; only the chips scroll, however many. */}
      {children}
      {/* On a phone windows are cards in the page: there is nothing to tile. */}
      {!narrow && (
        <button
          type="button"
          className="btn-ghost btn-sm shrink-0"
          disabled={open.length === 0}
          onClick={() => actions.tiled(windowArea())}
        >
          {t('dock.tile')}
        </button>
      )}
      <button
        type="button"
        className="btn-ghost btn-sm shrink-0"
        disabled={open.length === 0}
        onClick={actions.closedDone}
      >
        {t('dock.closeFinished')}
      </button>
      <ul className="flex h-full min-w-0 flex-1 items-center gap-2 overflow-x-auto">
        {minimized.map((id) => (
          <li key={id} className="shrink-0">
            {item(id)}
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** Shows a minimised window again, and focuses it. */
export function DockButton({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode
}) {
  const t = useT()
  const { opened } = useWindowActions()
  return (
    <button
      type="button"
      aria-label={t('window.show', { title })}
      title={title}
      data-dock-item={id}
      onClick={() => {
        opened(id)
        focusWindow(id)
      }}
      className="flex max-w-56 items-center gap-2 rounded-md border border-slate-700 bg-slate-900 px-2 py-1 text-xs hover:bg-slate-800"
    >
      {children}
    </button>
  )
}
