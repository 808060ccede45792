import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import {
  besideRect,
  cascadeRect,
  maximizedRect,
  sizeFor,
  tileRects,
  type Area,
  type WindowRect,
} from './layout.ts'

export type { WindowRect }

interface WindowsState {
  rects: Record<string, WindowRect>
  /** Open windows in the order they opened: a stable DOM and Tab order. */
  open: string[]
  /** Stacking order, bottom first: z-order is a position in this list. */
  stack: string[]
  /** Open but minimised to the dock. */
  minimized: string[]
  /** Maximised windows, with the rect to restore. */
  maximized: Record<string, WindowRect>
  actions: {
    /**
     * Opens (or shows again) a window; `near` places a new one beside another; `aspect` (its
     * content's width ÷ height) shapes it.
     */
    opened: (id: string, near?: string, aspect?: number | null) => void
    closed: (id: string) => void
    closedMany: (ids: string[]) => void
    focused: (id: string) => void
    moved: (id: string, rect: Partial<WindowRect>) => void
    minimized: (id: string) => void
    maximizeToggled: (id: string, area: Area) => void
    tiled: (area: Area) => void
  }
}

/** The area windows live in: the viewport below the header and above the dock. */
export const windowArea = (): Area => ({
  width: window.innerWidth,
  height: Math.max(200, window.innerHeight - 56 - 44),
})

const toTop = (stack: string[], id: string) => [...stack.filter((w) => w !== id), id]
const without = (list: string[], ids: string[]) => list.filter((w) => !ids.includes(w))
function omit<T>(record: Record<string, T>, ids: string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !ids.includes(k)))
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const ids = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function readRects(v: unknown): Record<string, WindowRect> {
  if (!isRecord(v)) return {}
  const rects: Record<string, WindowRect> = {}
  for (const [id, r] of Object.entries(v)) {
    if (isRecord(r) && isNumber(r.x) && isNumber(r.y) && isNumber(r.width) && isNumber(r.height))
      rects[id] = { x: r.x, y: r.y, width: r.width, height: r.height }
  }
  return rects
}

export const useWindowsStore = create<WindowsState>()(
  persist(
    (set) => ({
      rects: {},
      open: [],
      stack: [],
      minimized: [],
      maximized: {},
      actions: {
        opened: (id, near, aspect) =>
          set((s) => {
            const nearRect = near ? s.rects[near] : undefined
            const rect =
              s.rects[id] ??
              (nearRect
                ? besideRect(nearRect, windowArea())
                : cascadeRect(s.open.length, windowArea(), sizeFor(aspect)))
            return {
              rects: { ...s.rects, [id]: rect },
              open: s.open.includes(id) ? s.open : [...s.open, id],
              stack: toTop(s.stack, id),
              minimized: without(s.minimized, [id]),
            }
          }),
        closed: (id) => set((s) => closeAll(s, [id])),
        closedMany: (ids) => set((s) => closeAll(s, ids)),
        focused: (id) =>
          set((s) => (s.stack[s.stack.length - 1] === id ? s : { stack: toTop(s.stack, id) })),
        moved: (id, rect) =>
          set((s) => {
            const current = s.rects[id]
            return current ? { rects: { ...s.rects, [id]: { ...current, ...rect } } } : s
          }),
        minimized: (id) =>
          set((s) => ({
            minimized: s.minimized.includes(id) ? s.minimized : [...s.minimized, id],
          })),
        maximizeToggled: (id, area) =>
          set((s) => {
            const current = s.rects[id]
            if (!current) return s
            const saved = s.maximized[id]
            if (saved)
              return { rects: { ...s.rects, [id]: saved }, maximized: omit(s.maximized, [id]) }
            return {
              rects: { ...s.rects, [id]: maximizedRect(area) },
              maximized: { ...s.maximized, [id]: current },
              stack: toTop(s.stack, id),
            }
          }),
        tiled: (area) =>
          set((s) => {
            const visible = s.open.filter((id) => !s.minimized.includes(id))
            const rects = { ...s.rects }
            tileRects(visible.length, area).forEach((r, i) => (rects[visible[i]!] = r))
            return { rects, maximized: {} }
          }),
      },
    }),
    {
      // Layout only (no secrets): where each window was, survives a reload.
      name: 'sora-studio.windows',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ rects, open, stack, minimized, maximized }) => ({
        rects,
        open,
        stack,
        minimized,
        maximized,
      }),
      // Read like any stored data: a rect that is not four numbers, or an id without one, is dropped.
      merge: (persisted, current) => {
        const p = isRecord(persisted) ? persisted : {}
        const rects = readRects(p.rects)
        const open = ids(p.open).filter((id) => rects[id])
        return {
          ...current,
          rects,
          open,
          stack: ids(p.stack).filter((id) => open.includes(id)),
          minimized: ids(p.minimized).filter((id) => open.includes(id)),
          maximized: readRects(p.maximized),
        }
      },
    },
  ),
)

function closeAll(s: WindowsState, ids: string[]) {
  return {
    open: without(s.open, ids),
    stack: without(s.stack, ids),
    minimized: without(s.minimized, ids),
    maximized: omit(s.maximized, ids),
  }
}

export const openWindow = (id: string, near?: string, aspect?: number | null) =>
  useWindowsStore.getState().actions.opened(id, near, aspect)
export const useWindowActions = () => useWindowsStore((s) => s.actions)
export const useWindowRect = (id: string) => useWindowsStore((s) => s.rects[id])
export const useOpenWindowIds = () => useWindowsStore((s) => s.open)
export const useZIndex = (id: string) => useWindowsStore((s) => s.stack.indexOf(id))
export const useIsMinimized = (id: string) => useWindowsStore((s) => s.minimized.includes(id))
export const useIsMaximized = (id: string) => useWindowsStore((s) => id in s.maximized)
export const useMinimizedIds = () => useWindowsStore((s) => s.minimized)
