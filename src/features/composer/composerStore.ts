import { asString, asStrings, isObject } from '../../lib/guards.ts'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { guardedJSONStorage, registerRewrite } from '../../lib/storageHealth.ts'
import type { FieldValues } from '../../profiles/types.ts'
import { primitiveFields } from '../../profiles/values.ts'

const RECENT_MAX = 20
const NO_VALUES: FieldValues = {}

/**
 * The composer's choices, remembered across reloads (plain localStorage: nothing secret,
 * and never an image payload — those stay in memory).
 */
interface ComposerState {
  model: string
  /**
   * Each model's field values as last set: switching back restores them, and a request on
   * several models can read each one's own.
   */
  valuesByModel: Record<string, FieldValues>
  /** The "extra fields" text per model (unknown models only). */
  extra: Record<string, string>
  prompt: string
  recent: string[]
  /**
   * After "Reuse": how many of that task's reference images are missing (0: none), said once
   * under the prompt; null otherwise. Not kept across a reload.
   */
  reusedImagesMissing: number | null
  actions: {
    /** Switches model with the values worked out for it; the old model's stay as they were. */
    modelChosen: (model: string, values: FieldValues) => void
    extraChanged: (text: string) => void
    valueChanged: (key: string, value: FieldValues[string]) => void
    promptChanged: (prompt: string) => void
    submitted: (prompt: string) => void
    /** "Reuse": a task's request back in the form (its model, values, extra fields, prompt). */
    reused: (request: {
      model: string
      values: FieldValues
      extra?: string
      prompt: string
      imagesMissing: number
    }) => void
    reuseNoticeDismissed: () => void
  }
}

type Persisted = Omit<ComposerState, 'actions' | 'reusedImagesMissing'>

const INITIAL: Persisted = { model: 'sora-2', valuesByModel: {}, extra: {}, prompt: '', recent: [] }

/** Field values as stored: a value that is not a string, number or boolean is dropped. */
const readValues = (v: unknown): FieldValues => (isObject(v) ? primitiveFields(v) : {})

const readMap = <T>(v: unknown, read: (x: unknown) => T | undefined): Record<string, T> => {
  if (!isObject(v)) return {}
  const out: Record<string, T> = {}
  for (const [key, value] of Object.entries(v)) {
    const x = read(value)
    if (x !== undefined) out[key] = x
  }
  return out
}

/** Stored by this version, or carried forward by `migrateComposer`: what has the right shape. */
function readComposer(v: unknown): Persisted {
  const p = isObject(v) ? v : {}
  return {
    model: asString(p.model) ?? INITIAL.model,
    valuesByModel: readMap(p.valuesByModel, readValues),
    extra: readMap(p.extra, asString),
    prompt: asString(p.prompt) ?? INITIAL.prompt,
    recent: asStrings(p.recent),
  }
}

/**
 * Version 1 kept the current model's values apart from the others' (`values` and
 * `remembered`); version 2 keeps one map of every model's values.
 */
function migrateComposer(stored: unknown, version: number): Persisted {
  if (version >= 2 || !isObject(stored)) return readComposer(stored)
  const model = asString(stored.model) ?? INITIAL.model
  return readComposer({
    ...stored,
    valuesByModel: {
      ...readMap(stored.remembered, readValues),
      [model]: readValues(stored.values),
    },
  })
}

export const useComposerStore = create<ComposerState>()(
  persist(
    (set) => ({
      ...INITIAL,
      reusedImagesMissing: null,
      actions: {
        modelChosen: (model, values) =>
          set((s) => ({ model, valuesByModel: { ...s.valuesByModel, [model]: values } })),
        extraChanged: (text) => set((s) => ({ extra: { ...s.extra, [s.model]: text } })),
        valueChanged: (key, value) =>
          set((s) => ({
            valuesByModel: {
              ...s.valuesByModel,
              [s.model]: { ...s.valuesByModel[s.model], [key]: value },
            },
          })),
        promptChanged: (prompt) => set({ prompt }),
        submitted: (prompt) =>
          set((s) => ({
            recent: [prompt, ...s.recent.filter((p) => p !== prompt)].slice(0, RECENT_MAX),
          })),
        reused: ({ model, values, extra, prompt, imagesMissing }) =>
          set((s) => ({
            model,
            prompt,
            reusedImagesMissing: imagesMissing,
            valuesByModel: { ...s.valuesByModel, [model]: values },
            extra: extra === undefined ? s.extra : { ...s.extra, [model]: extra },
          })),
        reuseNoticeDismissed: () => set({ reusedImagesMissing: null }),
      },
    }),
    {
      name: 'sora-studio.composer',
      version: 2,
      storage: guardedJSONStorage(),
      migrate: migrateComposer,
      // Stored by this version but damaged: keep what has the right shape, default the rest.
      merge: (persisted, current) => ({ ...current, ...readComposer(persisted) }),
      partialize: ({ model, valuesByModel, extra, prompt, recent }): Persisted => ({
        model,
        valuesByModel,
        extra,
        prompt,
        recent,
      }),
    },
  ),
)
registerRewrite(() => useComposerStore.setState({}))

export const useComposerActions = () => useComposerStore((s) => s.actions)
/** The chosen model's field values. */
export const useComposerValues = () =>
  useComposerStore((s) => s.valuesByModel[s.model] ?? NO_VALUES)
