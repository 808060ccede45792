import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

export interface WindowRect {
  x: number
  y: number
  width: number
  height: number
}

interface WindowsState {
  rects: Record<string, WindowRect>
  /** Open windows in the order they opened: a stable DOM and Tab order. */
  open: string[]
  /** Stacking order, bottom first: z-order is a position in this list. */
  stack: string[]
  actions: {
    /** Opens a window; `near` places it beside another (a remix beside its source). */
    opened: (id: string, near?: string) => void
    closed: (id: string) => void
    focused: (id: string) => void
    moved: (id: string, rect: Partial<WindowRect>) => void
  }
}

const DEFAULT_SIZE = { width: 480, height: 360 }
const CASCADE = 32
const COMPOSER_EDGE = 496

/** New windows step down and right so none hides another completely. */
function cascadeRect(
  count: number,
  viewport = { width: window.innerWidth, height: window.innerHeight },
): WindowRect {
  // Beside the composer (28rem wide) when there is room, so it stays in view.
  const besideComposer = viewport.width >= COMPOSER_EDGE + DEFAULT_SIZE.width + 16
  const originX = besideComposer ? COMPOSER_EDGE : 16
  const steps = Math.max(1, Math.floor((viewport.height - DEFAULT_SIZE.height - 80) / CASCADE))
  const n = count % steps
  return {
    x: Math.max(0, Math.min(originX + n * CASCADE, viewport.width - DEFAULT_SIZE.width)),
    y: 16 + n * CASCADE,
    ...DEFAULT_SIZE,
  }
}

/** To the right of `rect` if that fits on screen, else below it; undefined when neither does. */
function besideRect(rect: WindowRect | undefined): WindowRect | undefined {
  if (!rect) return undefined
  const right = { ...rect, x: rect.x + rect.width + 16 }
  if (right.x + right.width <= window.innerWidth) return right
  const below = { ...rect, y: rect.y + 48, x: Math.max(0, rect.x - 48) }
  return below
}

const toTop = (stack: string[], id: string) => [...stack.filter((w) => w !== id), id]

export const useWindowsStore = create<WindowsState>()(
  persist(
    (set) => ({
      rects: {},
      open: [],
      stack: [],
      actions: {
        opened: (id, near) =>
          set((s) => ({
            rects: s.rects[id]
              ? s.rects
              : {
                  ...s.rects,
                  [id]: besideRect(near ? s.rects[near] : undefined) ?? cascadeRect(s.open.length),
                },
            open: s.open.includes(id) ? s.open : [...s.open, id],
            stack: toTop(s.stack, id),
          })),
        closed: (id) =>
          set((s) => ({
            open: s.open.filter((w) => w !== id),
            stack: s.stack.filter((w) => w !== id),
          })),
        focused: (id) =>
          set((s) => (s.stack[s.stack.length - 1] === id ? s : { stack: toTop(s.stack, id) })),
        moved: (id, rect) =>
          set((s) => {
            const current = s.rects[id]
            return current ? { rects: { ...s.rects, [id]: { ...current, ...rect } } } : s
          }),
      },
    }),
    {
      // Layout only (no secrets): where each window was, survives a reload.
      name: 'sora-studio.windows',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ rects, open, stack }) => ({ rects, open, stack }),
      merge: (persisted, current) => {
        const p = persisted as Partial<Pick<WindowsState, 'rects' | 'open' | 'stack'>> | undefined
        const ids = (v: unknown) =>
          Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
        const rects = p?.rects && typeof p.rects === 'object' ? p.rects : {}
        const open = ids(p?.open).filter((id) => rects[id])
        return { ...current, rects, open, stack: ids(p?.stack).filter((id) => open.includes(id)) }
      },
    },
  ),
)

export const openWindow = (id: string, near?: string) =>
  useWindowsStore.getState().actions.opened(id, near)
export const useWindowActions = () => useWindowsStore((s) => s.actions)
export const useWindowRect = (id: string) => useWindowsStore((s) => s.rects[id])
export const useOpenWindowIds = () => useWindowsStore((s) => s.open)
export const useZIndex = (id: string) => useWindowsStore((s) => s.stack.indexOf(id))
