import { useWindowsStore } from './windowsStore.ts'

// Where keyboard focus goes when a window appears or disappears. Without this, closing or
// minimising the focused window drops focus to <body> and a keyboard user starts over.

const byData = (attr: string, id: string) =>
  document.querySelector<HTMLElement>(`[${attr}="${CSS.escape(id)}"]`)

/** After React has committed the change that triggered the move. */
const afterRender = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn))

/** Focuses a window's frame (a shown window from the dock or the history). */
export function focusWindow(id: string): void {
  afterRender(() => byData('data-window', id)?.focus())
}

/** The topmost window still showing, else its dock button (minimised), else the prompt. */
export function focusAfterLeaving(id: string, how: 'closed' | 'minimized'): void {
  afterRender(() => {
    const { stack, minimized } = useWindowsStore.getState()
    const next = [...stack].reverse().find((w) => w !== id && !minimized.includes(w))
    const target =
      (next && byData('data-window', next)) ||
      (how === 'minimized' ? byData('data-dock-item', id) : null) ||
      document.querySelector<HTMLElement>('[data-focus-fallback]')
    target?.focus()
  })
}
