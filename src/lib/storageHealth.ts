import { create } from 'zustand'
import { createJSONStorage, type StateStorage } from 'zustand/middleware'

/**
 * Whether the browser refused the last write to localStorage or IndexedDB (full, or storage switched off).
 * A refused write never throws into the code that changed a store: the change holds in
 * memory, the app says once that it is not kept across a reload, and nothing already kept is
 * lost. Above all, a create the relay accepted is never taken for a failed one.
 */
export const useStorageHealth = create<{ refused: boolean }>(() => ({ refused: false }))

/** The browser's "out of room" (its legacy code 22 too), from any store: OPFS, IndexedDB, localStorage. */
export const isQuotaError = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22)

/** Runs a write to storage; false (and the app told) when the browser refuses it. */
export function guardedWrite(write: () => void): boolean {
  try {
    write()
    if (useStorageHealth.getState().refused) useStorageHealth.setState({ refused: false })
    return true
  } catch {
    // QuotaExceededError, or a SecurityError where storage is off: either way, not kept.
    useStorageHealth.setState({ refused: true })
    return false
  }
}

/** localStorage for zustand's persist, with every write guarded. */
const guardedLocalStorage: StateStorage = {
  getItem: (name) => localStorage.getItem(name),
  setItem: (name, value) => {
    guardedWrite(() => localStorage.setItem(name, value))
  },
  removeItem: (name) => localStorage.removeItem(name),
}

/** The JSON storage the app's plain (unsealed) stores persist through. */
export const guardedJSONStorage = <S>() => createJSONStorage<S>(() => guardedLocalStorage)

/** Stores that can write themselves again when asked ("Try saving again"). */
const rewriters = new Set<() => void>()
export const registerRewrite = (rewrite: () => void) => rewriters.add(rewrite)
export const rewriteAll = () => rewriters.forEach((rewrite) => rewrite())
