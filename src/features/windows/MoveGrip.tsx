import { useId, type KeyboardEvent } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { onScreen } from './layout.ts'
import { useWindowsStore, windowArea } from './windowsStore.ts'

const STEP = 16
const MIN = { width: 280, height: 200 }
const ARROWS: Record<string, [dx: number, dy: number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
}

/**
 * The keyboard's way to drag: a focusable grip in the title bar. Arrow keys move the window,
 * Shift + arrows resize it, 16 px a press; every step lands inside the viewport.
 */
export function MoveGrip({ id }: { id: string }) {
  const t = useT()
  const hint = useId()
  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    const arrow = ARROWS[e.key]
    if (!arrow) return
    e.preventDefault()
    const { windows, actions } = useWindowsStore.getState()
    const rect = windows[id]?.rect
    if (!rect) return
    const [dx, dy] = arrow
    const next = e.shiftKey
      ? {
          ...rect,
          width: Math.max(MIN.width, rect.width + dx * STEP),
          height: Math.max(MIN.height, rect.height + dy * STEP),
        }
      : { ...rect, x: rect.x + dx * STEP, y: rect.y + dy * STEP }
    actions.moved(id, onScreen(next, windowArea()))
  }
  return (
    <button
      type="button"
      aria-label={t('window.move')}
      aria-describedby={hint}
      title={t('window.moveHint')}
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Shift+ArrowLeft Shift+ArrowRight Shift+ArrowUp Shift+ArrowDown"
      onKeyDown={onKeyDown}
      className="cursor-move rounded px-1 text-slate-400 hover:text-white focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
    >
      ⠿
      <span id={hint} hidden>
        {t('window.moveHint')}
      </span>
    </button>
  )
}
