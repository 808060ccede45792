/**
 * How many windows the workspace holds. A shown window mounts its content (a player, a
 * progress bar, timers); a minimised one is a button in the dock. Past these bounds the
 * workspace makes room by itself, done windows first, so a day of work (or a layout saved
 * with hundreds of windows) never slows the app: everything closed stays in the history.
 */
export const MAX_SHOWN = 12
export const MAX_DOCKED = 24
/** Closed windows whose place is kept (reopened, they come back where they were). */
export const MAX_REMEMBERED = 100

interface Places {
  open: string[]
  stack: string[]
  minimized: string[]
}

/** The `count` first of `ids` to give up: those done with first, each group in its order. */
function firstToGo(ids: string[], count: number, isDone: (id: string) => boolean): Set<string> {
  if (count <= 0) return new Set()
  const done = ids.filter(isDone)
  const busy = ids.filter((id) => !isDone(id))
  return new Set([...done, ...busy].slice(0, count))
}

/**
 * The layout within bounds: beyond `MAX_SHOWN` shown windows, the ones longest below the
 * others are minimised (never `keep`, the one just opened); beyond `MAX_DOCKED` in the dock,
 * the ones minimised longest ago close. Unchanged (the same object) when within bounds.
 */
export function withinBounds<T extends Places>(
  places: T,
  isDone: (id: string) => boolean,
  keep?: string,
): T {
  const minimized = new Set(places.minimized)
  const stacked = new Set(places.stack)
  // Bottom of the stack first; a window never raised (an old layout) counts as the oldest.
  const order = [...places.open.filter((id) => !stacked.has(id)), ...places.stack]
  const shown = order.filter((id) => !minimized.has(id) && id !== keep)
  const resting = firstToGo(shown, shown.length + (keep ? 1 : 0) - MAX_SHOWN, isDone)
  const docked = [...places.minimized, ...shown.filter((id) => resting.has(id))]
  const closing = firstToGo(docked, docked.length - MAX_DOCKED, isDone)
  if (resting.size === 0 && closing.size === 0) return places
  const stays = (id: string) => !closing.has(id)
  return {
    ...places,
    open: places.open.filter(stays),
    stack: places.stack.filter(stays),
    minimized: docked.filter(stays),
  }
}

/**
 * The places worth keeping: every open window's, and the last `MAX_REMEMBERED` closed ones'
 * (in the order they were first opened); older closed windows reopen cascaded. Keeps a
 * months-long history from growing the stored layout without end.
 */
export function rememberedPlaces<P>(places: Record<string, P>, open: readonly string[]) {
  const isOpen = new Set(open)
  const closed = Object.keys(places).filter((id) => !isOpen.has(id))
  if (closed.length <= MAX_REMEMBERED) return places
  const forgotten = new Set(closed.slice(0, closed.length - MAX_REMEMBERED))
  return Object.fromEntries(Object.entries(places).filter(([id]) => !forgotten.has(id)))
}
