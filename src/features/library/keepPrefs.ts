import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { guardedJSONStorage, registerRewrite } from '../../lib/storageHealth.ts'

export interface KeepPrefs {
  /** Keep each finished video in the browser (on unless the user turns it off). */
  keep: boolean
  /** The largest video kept, in MB; null: no limit. */
  capMb: number | null
}

export const CAPS_MB = [null, 50, 100, 250, 500, 1000] as const

const defaults: KeepPrefs = { keep: true, capMb: null }

/** Nothing secret: kept in plain localStorage, apart from the sealed settings. */
export const useKeepPrefs = create<KeepPrefs & { actions: { saved: (p: KeepPrefs) => void } }>()(
  persist((set) => ({ ...defaults, actions: { saved: (p) => set(p) } }), {
    name: 'sora-studio.keep',
    storage: guardedJSONStorage(),
    partialize: ({ keep, capMb }) => ({ keep, capMb }),
    // Whatever is stored, only these two fields, of these types, come back.
    merge: (stored, current) => {
      const s = (stored ?? {}) as Partial<Record<keyof KeepPrefs, unknown>>
      return {
        ...current,
        keep: typeof s.keep === 'boolean' ? s.keep : defaults.keep,
        capMb: (CAPS_MB as readonly unknown[]).includes(s.capMb)
          ? (s.capMb as number | null)
          : defaults.capMb,
      }
    },
  }),
)
registerRewrite(() => useKeepPrefs.setState({}))
// Turned off in one tab, off in all (the working tab may be another).
if (typeof addEventListener === 'function')
  addEventListener('storage', (e) => {
    if (e.key === useKeepPrefs.persist.getOptions().name) void useKeepPrefs.persist.rehydrate()
  })

export const keepPrefs = (): KeepPrefs => {
  const { keep, capMb } = useKeepPrefs.getState()
  return { keep, capMb }
}
export const capBytes = () => {
  const mb = useKeepPrefs.getState().capMb
  return mb === null ? null : mb * 1_048_576
}
