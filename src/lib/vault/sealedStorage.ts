import type { StateStorage } from 'zustand/middleware'
import { EnvelopeError, open, parseEnvelope, seal } from '../crypto/envelope.ts'
import { currentKeys, deviceKeys, setKeys, writesAllowed } from './keyring.ts'
import { guardedWrite } from '../storageHealth.ts'
import { reportProblem } from './vaultStore.ts'

/**
 * A zustand StateStorage that seals every value it writes and opens every value it reads.
 * While locked it neither reads nor writes: a locked vault must never be overwritten.
 */
export const sealedStorage: StateStorage = {
  getItem(name) {
    const raw = localStorage.getItem(name)
    const keys = currentKeys()
    if (raw === null || !keys) return null
    try {
      return open(parseEnvelope(raw), keys)
    } catch (e) {
      if (e instanceof EnvelopeError) reportProblem(e.kind === 'future' ? 'future' : 'damaged')
      else throw e
      return null
    }
  },
  setItem(name, value) {
    if (!writesAllowed()) return
    let keys = currentKeys()
    if (!keys) {
      if (localStorage.getItem(name) !== null) return // locked or unreadable: keep what is there
      keys = deviceKeys()
      if (!keys) return
      setKeys(keys)
    }
    const sealed = JSON.stringify(seal(value, keys))
    guardedWrite(() => localStorage.setItem(name, sealed))
  },
  removeItem(name) {
    localStorage.removeItem(name)
  },
}
