import { useKeyWithin } from '../../lib/useKey.ts'
import { focusAfterLeaving } from './windowFocus.ts'
import { useWindowActions } from './windowsStore.ts'

/** Esc tucks the focused window into the dock (but not while typing in a text box). */
export function useMinimizeKey<T extends HTMLElement>(id: string) {
  const actions = useWindowActions()
  return useKeyWithin<T>('Escape', (e) => {
    if (e.target instanceof HTMLTextAreaElement) return
    e.stopPropagation()
    actions.minimized(id)
    focusAfterLeaving(id, 'minimized')
  })
}
