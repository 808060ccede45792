import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { FieldValues } from '../../profiles/types.ts'

const RECENT_MAX = 20

/**
 * The composer's choices, remembered across reloads (plain localStorage: nothing secret,
 * and never an image payload — those stay in memory).
 */
interface ComposerState {
  model: string
  /** The current model's field values. */
  values: FieldValues
  /** Each model's values as last used: switching back restores them. */
  remembered: Record<string, FieldValues>
  /** The "extra fields" text per model (unknown models only). */
  extra: Record<string, string>
  prompt: string
  recent: string[]
  actions: {
    /** Switches model with the values worked out for it; the old model's are remembered. */
    modelChosen: (model: string, values: FieldValues) => void
    extraChanged: (text: string) => void
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
      remembered: {},
      extra: {},
      prompt: '',
      recent: [],
      actions: {
        modelChosen: (model, values) =>
          set((s) => ({
            model,
            values,
            remembered: { ...s.remembered, [s.model]: s.values },
          })),
        extraChanged: (text) => set((s) => ({ extra: { ...s.extra, [s.model]: text } })),
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
      // Stored by an older build or damaged: keep what has the right shape, default the rest.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<ComposerState>
        const record = (v: unknown) => (typeof v === 'object' && v !== null ? v : {})
        return {
          ...current,
          model: typeof p.model === 'string' ? p.model : current.model,
          values: record(p.values) as FieldValues,
          remembered: record(p.remembered) as Record<string, FieldValues>,
          extra: record(p.extra) as Record<string, string>,
          prompt: typeof p.prompt === 'string' ? p.prompt : current.prompt,
          recent: Array.isArray(p.recent)
            ? p.recent.filter((r): r is string => typeof r === 'string')
            : current.recent,
        }
      },
      partialize: ({ model, values, remembered, extra, prompt, recent }) => ({
        model,
        values,
        remembered,
        extra,
        prompt,
        recent,
      }),
    },
  ),
)

export const useComposerActions = () => useComposerStore((s) => s.actions)
