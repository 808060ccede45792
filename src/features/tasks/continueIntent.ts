import { create } from 'zustand'

/** Where a continuation starts: the task whose last frame it takes. */
export interface ContinueFrom {
  localId: string
  prompt: string
}

/**
 * "Continue" pressed in a finished task's window: its exact last frame goes to the composer as
 * the first frame or reference (the composer takes it, as it takes "Edit & retry"), then the
 * intent is cleared.
 */
export const useContinueIntent = create<{
  request: { from: ContinueFrom; model: string; image: File } | null
}>()(() => ({ request: null }))
export const askContinue = (request: { from: ContinueFrom; model: string; image: File }) =>
  useContinueIntent.setState({ request })
export const continueTaken = () => useContinueIntent.setState({ request: null })
