import { create } from 'zustand'
import {
  createJSONStorage,
  type PersistStorage,
  type StateStorage,
  type StorageValue,
} from 'zustand/middleware'

/**
 * Whether the browser refused the last write to localStorage (full, or storage switched off).
 * A refused write never throws into the code that changed a store: the change holds in
 * memory, the app says once that it is not kept across a reload, and nothing already kept is
 * lost. Above all, a create the relay accepted is never taken for a failed one.
 */
export const useStorageHealth = create<{ refused: boolean }>(() => ({ refused: false }))

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

/**
 * For a store read after the first screen (persist's `skipHydration`): a write to a name
 * waits until that name has been read, so a change made before (a task started in the first
 * instant, another tab's news) never overwrites what is kept. `wroteEarly` says whether a
 * write waited: the store writes itself once read, with the read merged in.
 */
export function readFirstJSONStorage<S>() {
  const read = new Set<string>()
  let waited = false
  const storage: PersistStorage<S> = {
    getItem: (name) => {
      read.add(name)
      const raw = localStorage.getItem(name)
      const value = raw === null ? null : (JSON.parse(raw) as StorageValue<S>)
      // Parsed in this task, read (checked, merged, rendered) in the next: two short tasks
      // rather than one long one for a big store.
      return new Promise((done) => setTimeout(() => done(value), 0))
    },
    setItem: (name, value) => {
      if (read.has(name)) guardedLocalStorage.setItem(name, JSON.stringify(value))
      else waited = true
    },
    removeItem: guardedLocalStorage.removeItem,
  }
  return { storage, wroteEarly: () => waited }
}

/** Stores that can write themselves again when asked ("Try saving again"). */
const rewriters = new Set<() => void>()
export const registerRewrite = (rewrite: () => void) => rewriters.add(rewrite)
export const rewriteAll = () => rewriters.forEach((rewrite) => rewrite())
