import { type ReactNode, useId, useRef, useState } from 'react'
import { useKeyWithin } from '../../lib/useKey.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { useCompact } from '../../lib/ui/compact.ts'

/**
 * A player and what goes with it (details, actions). With room, the rest sits under the
 * picture; in a short window (a tile) the picture takes all of it and the rest opens from a
 * "⋯" button over its corner, so nothing squeezes the video into a strip.
 */
export function PictureFirst({
  player,
  children,
  menu,
}: {
  player: ReactNode
  children: ReactNode
  /** The menu's open state, where the owner keeps it across a change of player (a new link). */
  menu?: [boolean, (open: boolean) => void]
}) {
  const t = useT()
  const compact = useCompact()
  const own = useState(false)
  const [open, setOpen] = menu ?? own
  const panel = useId()
  const toggle = useRef<HTMLButtonElement>(null)
  // Esc closes an open menu first (and only then, pressed again, the window steps back).
  const escape = useKeyWithin<HTMLDivElement>('Escape', (e) => {
    if (!open) return
    e.stopPropagation()
    setOpen(false)
    toggle.current?.focus()
  })
  if (!compact)
    return (
      <div className="relative flex h-full flex-col gap-2">
        {player}
        {/* A form opened here (Remix, Extend) scrolls in at most half the window: the picture
            keeps the rest, where growing under it would squeeze it into a strip. */}
        <div className="-m-1 flex max-h-[50%] flex-col gap-2 overflow-y-auto p-1">{children}</div>
      </div>
    )
  return (
    <div className="relative flex h-full flex-col">
      {player}
      <div
        ref={escape}
        className="absolute top-1 right-1 flex max-w-[calc(100%-0.5rem)] flex-col items-end"
      >
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls={panel}
          aria-label={t('task.more')}
          title={t('task.more')}
          onClick={() => setOpen(!open)}
          className="rounded bg-slate-950/80 px-2 leading-6 text-slate-100 hover:bg-slate-800 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
        >
          ⋯
        </button>
        <div
          id={panel}
          hidden={!open}
          className="mt-1 max-h-60 space-y-2 overflow-auto rounded-md border border-slate-600 bg-slate-900/95 p-2 shadow-xl"
        >
          {children}
        </div>
      </div>
    </div>
  )
}
