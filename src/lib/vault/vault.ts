import type { StateStorage } from 'zustand/middleware'
import { forgetMode, setKeys, SETTINGS_KEY } from './keyring.ts'
import { clearAll, openEmpty, reportProblem } from './vaultStore.ts'

/*
 * The vault as the app uses it. Its cipher (crypto-js, in `vaultOps.ts`) is downloaded only
 * when something sealed must be opened or written: a first visit on the demo relay never needs
 * it, and the Settings and Unlock dialogs load it with themselves.
 */

type Ops = (typeof import('./vaultOps.ts'))['vaultOps']
let ops: Ops | null = null
let loading: Promise<Ops> | null = null

/** Loads the cipher side once; a failed download may be tried again. */
export function loadVaultOps(): Promise<Ops> {
  loading ??= import('./vaultOps.ts').then(
    (m) => (ops = m.vaultOps),
    (e: unknown) => {
      loading = null
      throw e
    },
  )
  return loading
}

/** Runs at once when the cipher is here (writes stay synchronous), else once it arrives. */
function withOps<T>(fn: (ops: Ops) => T): T | Promise<T> {
  return ops ? fn(ops) : loadVaultOps().then(fn)
}

/** When the cipher will not download, the sealed settings cannot be read: say so, erase nothing. */
const unloaded = () => reportProblem('unloaded')

/** Reads how the settings are sealed and opens them when no passphrase is needed. */
export async function bootVault(): Promise<void> {
  if (localStorage.getItem(SETTINGS_KEY) === null) return openEmpty()
  try {
    await (await loadVaultOps()).bootVault()
  } catch (e) {
    if (!ops) return unloaded()
    throw e
  }
}

export const unlock = async (passphrase: string) => (await loadVaultOps()).unlock(passphrase)
export const sealWithPassphrase = async (passphrase: string, reseal: () => void) =>
  (await loadVaultOps()).sealWithPassphrase(passphrase, reseal)
export const sealWithDeviceKey = async (reseal: () => void) =>
  (await loadVaultOps()).sealWithDeviceKey(reseal)

/** Another tab changed the sealed settings: follow it without a reload. */
export async function followOtherTab(): Promise<void> {
  if (localStorage.getItem(SETTINGS_KEY) !== null) {
    const loaded = await loadVaultOps().catch(() => null)
    return loaded ? loaded.followOtherTab() : unloaded()
  }
  clearAll()
  return bootVault()
}

/** Clears the sealed settings only (tasks and windows live elsewhere), then starts afresh. */
export async function forgetSettings(): Promise<void> {
  localStorage.removeItem(SETTINGS_KEY)
  forgetMode()
  setKeys(null)
  clearAll()
  await bootVault()
}

/**
 * A zustand StateStorage that seals every value it writes and opens every value it reads.
 * While locked it neither reads nor writes: a locked vault must never be overwritten.
 */
export const sealedStorage: StateStorage = {
  getItem: (name) =>
    localStorage.getItem(name) === null ? null : withOps((o) => o.readSealed(name)),
  setItem: (name, value) => {
    const written = withOps((o) => o.writeSealed(name, value))
    if (written instanceof Promise) return written.catch(unloaded)
  },
  removeItem: (name) => localStorage.removeItem(name),
}
