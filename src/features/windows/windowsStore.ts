import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { useShallow } from 'zustand/react/shallow'
import { guardedJSONStorage, registerRewrite } from '../../lib/storageHealth.ts'
import {
  freeSpotNear,
  cascadeRect,
  maximizedRect,
  sizeFor,
  tileRects,
  type Area,
  type WindowRect,
} from './layout.ts'
import { migrateLayout, readLayout, type Layout, type WindowPlace } from './readLayout.ts'
import { rememberedPlaces, withinBounds } from './bound.ts'

interface WindowsState extends Layout {
  actions: {
    /**
     * Opens (or shows again) a window; `near` places a new one beside another; `aspect` (its
     * content's width ÷ height) shapes it.
     */
    opened: (id: string, near?: string, aspect?: number | null) => void
    closed: (id: string) => void
    closedMany: (ids: string[]) => void
    /** Close finished: every open window its owner calls done (see `setDoneRule`). */
    closedDone: () => void
    focused: (id: string) => void
    moved: (id: string, rect: Partial<WindowRect>) => void
    minimized: (id: string) => void
    maximizeToggled: (id: string, area: Area) => void
    tiled: (area: Area) => void
    /** Brings a layout (one just read, say) within the workspace's bounds. */
    bounded: () => void
  }
}

/**
 * Which windows are done with: put away first when the workspace makes room (see
 * `withinBounds`), and closed by Close finished. The shell knows nothing of what a window
 * holds, so its owner says.
 */
let isDone: (id: string) => boolean = () => false
export const setDoneRule = (rule: (id: string) => boolean) => {
  isDone = rule
}

/** What each window shows, by its width ÷ height (null: unknown): its owner says, for tiling. */
let shapeOf: (id: string) => number | null = () => null
export const setShapeRule = (rule: (id: string) => number | null) => {
  shapeOf = rule
}

/** The area windows live in: the viewport below the header and above the dock. */
export const windowArea = (): Area => ({
  width: window.innerWidth,
  height: Math.max(200, window.innerHeight - 56 - 44),
})

const toTop = (stack: string[], id: string) => [...stack.filter((w) => w !== id), id]
const without = (list: string[], ids: string[]) => list.filter((w) => !ids.includes(w))
const placed = (s: WindowsState, id: string, place: WindowPlace) => ({
  windows: { ...s.windows, [id]: place },
})

export const useWindowsStore = create<WindowsState>()(
  persist(
    (set) => ({
      windows: {},
      open: [],
      stack: [],
      minimized: [],
      actions: {
        opened: (id, near, aspect) =>
          set((s) => {
            const nearRect = near ? s.windows[near]?.rect : undefined
            // Shown windows only: a minimised one's old place is free to use.
            const shown = () =>
              s.open
                .filter((w) => w !== near && !s.minimized.includes(w))
                .flatMap((w) => s.windows[w]?.rect ?? [])
            const place = s.windows[id] ?? {
              rect: nearRect
                ? freeSpotNear(nearRect, shown(), windowArea())
                : cascadeRect(s.open.length, windowArea(), sizeFor(aspect)),
            }
            return withinBounds(
              {
                ...placed(s, id, place),
                open: s.open.includes(id) ? s.open : [...s.open, id],
                stack: toTop(s.stack, id),
                minimized: without(s.minimized, [id]),
              },
              isDone,
              id,
            )
          }),
        closed: (id) => set((s) => closeAll(s, [id])),
        closedMany: (ids) => set((s) => closeAll(s, ids)),
        closedDone: () => set((s) => closeAll(s, s.open.filter(isDone))),
        focused: (id) =>
          set((s) => (s.stack[s.stack.length - 1] === id ? s : { stack: toTop(s.stack, id) })),
        moved: (id, rect) =>
          set((s) => {
            const current = s.windows[id]
            return current ? placed(s, id, { ...current, rect: { ...current.rect, ...rect } }) : s
          }),
        minimized: (id) =>
          set((s) => ({
            minimized: s.minimized.includes(id) ? s.minimized : [...s.minimized, id],
          })),
        maximizeToggled: (id, area) =>
          set((s) => {
            const current = s.windows[id]
            if (!current) return s
            if (current.restore) return placed(s, id, { rect: current.restore })
            return {
              ...placed(s, id, { rect: maximizedRect(area), restore: current.rect }),
              stack: toTop(s.stack, id),
            }
          }),
        tiled: (area) =>
          set((s) => {
            const visible = s.open.filter((id) => !s.minimized.includes(id))
            // Tiling restores every window from maximised: each gets its tile.
            const windows = Object.fromEntries(
              Object.entries(s.windows).map(([id, w]) => [id, { rect: w.rect }]),
            )
            const rects = tileRects(visible.map(shapeOf), area)
            const docked = visible.filter((_, i) => !rects[i])
            rects.forEach((rect, i) => {
              if (rect) windows[visible[i]!] = { rect }
            })
            // More than the screen holds: the rest wait in the dock, none off screen.
            return { windows, minimized: [...s.minimized, ...docked] }
          }),
        bounded: () => set((s) => withinBounds(s, isDone)),
      },
    }),
    {
      // Layout only (no secrets): where each window was, survives a reload.
      name: 'sora-studio.windows',
      version: 2,
      storage: guardedJSONStorage(),
      partialize: ({ windows, open, stack, minimized }): Layout => ({
        windows: rememberedPlaces(windows, open),
        open,
        stack,
        minimized,
      }),
      migrate: migrateLayout,
      // Within bounds as it is read, before anything renders: a layout saved with hundreds of
      // windows open never mounts them all, even for one frame. The last raised stay shown.
      merge: (persisted, current) => ({
        ...current,
        ...withinBounds(readLayout(persisted), isDone),
      }),
    },
  ),
)
registerRewrite(() => useWindowsStore.setState({}))

/** Closing forgets nothing of where a window was: opened again, it returns there, as it was. */
function closeAll(s: WindowsState, ids: string[]) {
  return {
    open: without(s.open, ids),
    stack: without(s.stack, ids),
    minimized: without(s.minimized, ids),
  }
}

export const openWindow = (id: string, near?: string, aspect?: number | null) =>
  useWindowsStore.getState().actions.opened(id, near, aspect)
export const useWindowActions = () => useWindowsStore((s) => s.actions)
export const useWindowRect = (id: string) => useWindowsStore((s) => s.windows[id]?.rect)
export const useOpenWindowIds = () => useWindowsStore((s) => s.open)
/** Open and not minimised: the windows that mount their content. */
export const useShownWindowIds = () =>
  useWindowsStore(useShallow((s) => s.open.filter((id) => !s.minimized.includes(id))))
export const useZIndex = (id: string) => useWindowsStore((s) => s.stack.indexOf(id))
export const useIsMinimized = (id: string) => useWindowsStore((s) => s.minimized.includes(id))
export const useIsMaximized = (id: string) =>
  useWindowsStore((s) => s.windows[id]?.restore !== undefined)
export const useMinimizedIds = () => useWindowsStore((s) => s.minimized)
