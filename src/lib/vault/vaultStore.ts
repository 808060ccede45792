import { create } from 'zustand'
import { now } from '../clock.ts'
import { setKeys, withoutWrites } from './keyring.ts'

export type VaultMode = 'device' | 'passphrase'
/** open: settings readable; locked: waiting for the passphrase; problem: storage unreadable. */
type VaultStatus = 'open' | 'locked' | 'problem'
/**
 * `modeChanged`: the envelope is sealed another way than the user chose (see MODE_KEY).
 * `unloaded`: the code that opens the envelope could not be downloaded (nothing is wrong with it).
 */
export type VaultProblem = 'damaged' | 'future' | 'modeChanged' | 'unloaded'

interface VaultState {
  mode: VaultMode
  status: VaultStatus
  problem: VaultProblem | null
  /** When the app was locked (this session): time locked never counts against a job's deadline. */
  lockedPeriods: { from: number; to: number | null }[]
}

export const lockStarts = (s: VaultState) =>
  s.status === 'locked' ? s.lockedPeriods : [...s.lockedPeriods, { from: now(), to: null }]
export const lockEnds = (s: VaultState) =>
  s.lockedPeriods.map((p) => (p.to === null ? { ...p, to: now() } : p))

/** A persisted store sealed by the vault: told when to re-read and when to drop its secrets. */
export interface SealedStore {
  rehydrate: () => Promise<void> | void
  clearMemory: () => void
}

const sealedStores = new Set<SealedStore>()
/** The app hands its sealed stores in before booting the vault (twice is harmless). */
export const registerSealedStore = (store: SealedStore) => {
  sealedStores.add(store)
}
export const rehydrateAll = async () => {
  for (const s of sealedStores) await s.rehydrate()
}
export const clearAll = () => withoutWrites(() => sealedStores.forEach((s) => s.clearMemory()))

export const useVaultStore = create<VaultState>()(() => ({
  mode: 'device',
  status: 'open',
  problem: null,
  lockedPeriods: [],
}))

export function reportProblem(problem: VaultProblem) {
  setKeys(null)
  useVaultStore.setState({ status: 'problem', problem })
}

/** Nothing sealed is stored: open, with no keys until something is worth sealing. */
export async function openEmpty(): Promise<void> {
  setKeys(null)
  useVaultStore.setState({ mode: 'device', status: 'open', problem: null })
  await rehydrateAll()
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase')
    this.name = 'WrongPassphraseError'
  }
}

export function lock() {
  if (useVaultStore.getState().mode !== 'passphrase') return
  setKeys(null)
  clearAll()
  useVaultStore.setState((s) => ({ status: 'locked', lockedPeriods: lockStarts(s) }))
}
