import { create } from 'zustand'

/**
 * "Remix" pressed outside the task's window (in the library): the window opens with its remix
 * form open and the keyboard in it. Taken once by the form, then cleared.
 */
export const useRemixIntent = create<{ id: string | null }>()(() => ({ id: null }))
export const askRemix = (localId: string) => useRemixIntent.setState({ id: localId })
export const remixIntentTaken = () => useRemixIntent.setState({ id: null })
