import { useSyncExternalStore } from 'react'

/** The two views: the workspace (composer and windows) and the library. */
export type View = 'workspace' | 'library'

const LIBRARY_HASH = '#library'

const subscribe = (changed: () => void) => {
  addEventListener('hashchange', changed)
  return () => removeEventListener('hashchange', changed)
}
const current = (): View => (location.hash === LIBRARY_HASH ? 'library' : 'workspace')

/**
 * Which view shows, kept in the address (`#library`): the browser's Back returns to the
 * workspace, and a reload stays where it was.
 */
export const useView = () => useSyncExternalStore(subscribe, current, (): View => 'workspace')

export const viewHref: Record<View, string> = { workspace: '#', library: LIBRARY_HASH }

export function showView(view: View) {
  if (current() === view) return
  if (view === 'workspace') history.pushState(null, '', location.pathname + location.search)
  else location.hash = LIBRARY_HASH
  // pushState fires no hashchange: say it ourselves.
  if (view === 'workspace') dispatchEvent(new HashChangeEvent('hashchange'))
}
