import type { ReactNode } from 'react'
import { Rnd } from 'react-rnd'
import { CompactContext, useShorterThan } from '../../lib/ui/compact.ts'
import { COMPACT_BELOW_PX, MIN_HEIGHT, MIN_WIDTH, onScreen } from './layout.ts'
import { TitleBar } from './TitleBar.tsx'
import { useMinimizeKey } from './useMinimizeKey.ts'
import { WindowBody } from './WindowBody.tsx'
import {
  useIsMaximized,
  useWindowActions,
  useWindowRect,
  useZIndex,
  windowArea,
} from './windowsStore.ts'

interface Props {
  id: string
  title: string
  titleExtras?: ReactNode
  children: ReactNode
}

/**
 * A floating window. react-rnd moves it without React renders during a drag; the store hears
 * only the final position and size (controlled, committed on stop).
 */
export function FloatingFrame({ id, title, titleExtras, children }: Props) {
  const rect = useWindowRect(id)
  const z = useZIndex(id)
  const maximized = useIsMaximized(id)
  const actions = useWindowActions()
  const frame = useMinimizeKey<HTMLElement>(id)
  // A short window (a tile) gives its content all of its room: no padding, details in a menu.
  const [body, compact] = useShorterThan<HTMLDivElement>(COMPACT_BELOW_PX)
  if (!rect) return null
  const box = onScreen(rect, windowArea())

  return (
    <Rnd
      position={{ x: box.x, y: box.y }}
      size={{ width: box.width, height: box.height }}
      minWidth={MIN_WIDTH}
      minHeight={MIN_HEIGHT}
      bounds="parent"
      dragHandleClassName="window-drag"
      cancel=".window-nodrag"
      disableDragging={maximized}
      enableResizing={!maximized}
      style={{ zIndex: 10 + z }}
      className="pointer-events-auto"
      onDragStop={(_e, d) => actions.moved(id, { x: d.x, y: d.y })}
      onResizeStop={(_e, _dir, el, _delta, pos) =>
        actions.moved(id, { width: el.offsetWidth, height: el.offsetHeight, ...pos })
      }
      onMouseDown={() => actions.focused(id)}
    >
      <section
        aria-label={title}
        data-window={id}
        tabIndex={-1}
        onFocus={() => actions.focused(id)}
        ref={frame}
        className="flex h-full flex-col overflow-hidden rounded-lg border border-slate-600 bg-slate-900 shadow-2xl shadow-black/50 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
      >
        <TitleBar id={id} title={title} maximized={maximized} extras={titleExtras} />
        <div
          ref={body}
          className={`window-nodrag min-h-0 flex-1 cursor-auto overflow-auto select-text ${compact ? 'p-0' : 'p-3'}`}
        >
          <CompactContext value={compact}>
            <WindowBody id={id}>{children}</WindowBody>
          </CompactContext>
        </div>
      </section>
    </Rnd>
  )
}
