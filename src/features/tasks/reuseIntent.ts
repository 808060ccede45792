import { create } from 'zustand'

/**
 * "Edit & retry" pressed in a task's window: its request goes back into the composer (the
 * composer takes it, as the library's Reuse does), then the intent is cleared.
 */
export const useReuseIntent = create<{ id: string | null }>()(() => ({ id: null }))
export const askReuse = (localId: string) => useReuseIntent.setState({ id: localId })
export const reuseIntentTaken = () => useReuseIntent.setState({ id: null })
