import { asNumber, asStrings, isObject } from '../../lib/guards.ts'
import type { WindowRect } from './layout.ts'

// Stored layout is read like any stored data: a rect that is not four numbers, or an id
// without a window, is dropped; no cast stands in for a check.

/** Where one window is; `restore`, while it is maximised, is the rect to go back to. */
export interface WindowPlace {
  rect: WindowRect
  restore?: WindowRect
}

export interface Layout {
  windows: Record<string, WindowPlace>
  open: string[]
  stack: string[]
  minimized: string[]
}

const isNumber = (v: unknown): v is number => asNumber(v) !== undefined

function readRect(r: unknown): WindowRect | undefined {
  return isObject(r) && isNumber(r.x) && isNumber(r.y) && isNumber(r.width) && isNumber(r.height)
    ? { x: r.x, y: r.y, width: r.width, height: r.height }
    : undefined
}

function readPlace(v: unknown): WindowPlace | undefined {
  const rect = isObject(v) ? readRect(v.rect) : undefined
  if (!rect || !isObject(v)) return undefined
  const restore = readRect(v.restore)
  return restore ? { rect, restore } : { rect }
}

/** A layout as this version stores it. */
export function readLayout(v: unknown): Layout {
  const p = isObject(v) ? v : {}
  const windows: Record<string, WindowPlace> = {}
  if (isObject(p.windows))
    for (const [id, w] of Object.entries(p.windows)) {
      const place = readPlace(w)
      if (place) windows[id] = place
    }
  const open = [...new Set(asStrings(p.open).filter((id) => windows[id]))]
  const isOpen = new Set(open)
  const openOnce = (ids: string[]) => [...new Set(ids.filter((id) => isOpen.has(id)))]
  return {
    windows,
    open,
    stack: openOnce(asStrings(p.stack)),
    minimized: openOnce(asStrings(p.minimized)),
  }
}

/**
 * Version 1 kept two maps by window id, `rects` and `maximized` (the rects to restore);
 * version 2 keeps one place per window.
 */
export function migrateLayout(stored: unknown, version: number): Layout {
  if (version >= 2 || !isObject(stored)) return readLayout(stored)
  const rects = isObject(stored.rects) ? stored.rects : {}
  const maximized = isObject(stored.maximized) ? stored.maximized : {}
  const windows = Object.fromEntries(
    Object.entries(rects).map(([id, rect]) => [id, { rect, restore: maximized[id] }]),
  )
  return readLayout({ ...stored, windows })
}
