import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { FieldValues } from './profiles/types.ts'

const RECENT_MAX = 20

/**
 * The composer's choices, remembered across reloads (plain localStorage: nothing secret,
 * and never an image payload — those stay in memory).
 */
interface ComposerState {
  model: string
  values: FieldValues
  prompt: string
  recent: string[]
  actions: {
    modelChosen: (model: string) => void
    valueChanged: (key: string, value: FieldValues[string]) => void
    promptChanged: (prompt: string) => void
    submitted: (prompt: string) => void
  }
}

export const useComposerStore = create<ComposerState>()(
  persist(
    (set) => ({
      model: 'sora-2',
      values: {},
      prompt: '',
      recent: [],
      actions: {
        modelChosen: (model) => set({ model }),
        valueChanged: (key, value) => set((s) => ({ values: { ...s.values, [key]: value } })),
        promptChanged: (prompt) => set({ prompt }),
        submitted: (prompt) =>
          set((s) => ({
            recent: [prompt, ...s.recent.filter((p) => p !== prompt)].slice(0, RECENT_MAX),
          })),
      },
    }),
    {
      name: 'sora-studio.composer',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ model, values, prompt, recent }) => ({ model, values, prompt, recent }),
    },
  ),
)

export const useComposerActions = () => useComposerStore((s) => s.actions)
