import { useKeyWithin } from '../../lib/useKey.ts'
import { focusAfterLeaving } from './windowFocus.ts'
import { useWindowActions, useWindowsStore, windowArea } from './windowsStore.ts'

/**
 * Esc steps the focused window back one size: a maximised window is restored, a window is
 * tucked into the dock (but not while typing in a text box).
 */
export function useMinimizeKey<T extends HTMLElement>(id: string) {
  const actions = useWindowActions()
  return useKeyWithin<T>('Escape', (e) => {
    if (e.target instanceof HTMLTextAreaElement) return
    e.stopPropagation()
    if (useWindowsStore.getState().windows[id]?.restore !== undefined)
      return actions.maximizeToggled(id, windowArea())
    actions.minimized(id)
    focusAfterLeaving(id, 'minimized')
  })
}
