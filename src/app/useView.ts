import { useSyncExternalStore } from 'react'

/** The views: the workspace (composer and windows), the library, takes compared, storyboards. */
export type View = 'workspace' | 'library' | 'compare' | 'storyboard'

const LIBRARY_HASH = '#library'
/** `#storyboard` (the newest) or `#storyboard=<id>`: a storyboard, kept by Back and a reload. */
const STORYBOARD_HASH = '#storyboard'
/** `#compare=<id>,<id>…`: the takes being compared, so Back and a reload keep them. */
const COMPARE_PREFIX = '#compare='

const subscribe = (changed: () => void) => {
  addEventListener('hashchange', changed)
  return () => removeEventListener('hashchange', changed)
}
const current = (): View =>
  location.hash === LIBRARY_HASH
    ? 'library'
    : location.hash.startsWith(COMPARE_PREFIX)
      ? 'compare'
      : location.hash === STORYBOARD_HASH || location.hash.startsWith(`${STORYBOARD_HASH}=`)
        ? 'storyboard'
        : 'workspace'

/**
 * Which view shows, kept in the address (`#library`): the browser's Back returns to the
 * workspace, and a reload stays where it was.
 */
export const useView = () => useSyncExternalStore(subscribe, current, (): View => 'workspace')

export const viewHref: Record<Exclude<View, 'compare'>, string> = {
  workspace: '#',
  library: LIBRARY_HASH,
  storyboard: STORYBOARD_HASH,
}

/** The storyboard the address names (null: the newest). */
const storyboardId = (): string | null =>
  location.hash.startsWith(`${STORYBOARD_HASH}=`)
    ? decodeURIComponent(location.hash.slice(STORYBOARD_HASH.length + 1)) || null
    : null

export function showStoryboard(id: string) {
  location.hash = `${STORYBOARD_HASH}=${encodeURIComponent(id)}`
}

/** The takes the compare view shows (2–8 local ids, as the address holds them). */
export const compareIds = (): string[] =>
  location.hash.startsWith(COMPARE_PREFIX)
    ? decodeURIComponent(location.hash.slice(COMPARE_PREFIX.length))
        .split(',')
        .filter(Boolean)
        .slice(0, 8)
    : []

export function showCompare(ids: readonly string[]) {
  location.hash = COMPARE_PREFIX + encodeURIComponent(ids.join(','))
}

export function showView(view: Exclude<View, 'compare'>) {
  if (current() === view) return
  if (view === 'workspace') history.pushState(null, '', location.pathname + location.search)
  else location.hash = viewHref[view]
  // pushState fires no hashchange: say it ourselves.
  if (view === 'workspace') dispatchEvent(new HashChangeEvent('hashchange'))
}

/** The storyboard the address names, followed as it changes (one board to another). */
export const useStoryboardId = () => useSyncExternalStore(subscribe, storyboardId, () => null)
