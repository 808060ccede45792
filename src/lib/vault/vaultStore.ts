import { create } from 'zustand'
import { now } from '../clock.ts'
import { fromBase64, randomWords } from '../crypto/bytes.ts'
import { EnvelopeError, open, splitKeys, type Envelope } from '../crypto/envelope.ts'
import { derivePassphraseSecret, PBKDF2_ITERATIONS } from '../crypto/passphrase.ts'
import {
  currentKeys,
  DEVICE_KEY,
  deviceKeys,
  deviceKeysFor,
  forgetMode,
  readEnvelope,
  rememberedMode,
  rememberMode,
  setKeys,
  SETTINGS_KEY,
  withoutWrites,
} from './keyring.ts'

export type VaultMode = 'device' | 'passphrase'
/** open: settings readable; locked: waiting for the passphrase; problem: storage unreadable. */
type VaultStatus = 'open' | 'locked' | 'problem'
/** `modeChanged`: the envelope is sealed another way than the user chose (see MODE_KEY). */
export type VaultProblem = 'damaged' | 'future' | 'modeChanged'

interface VaultState {
  mode: VaultMode
  status: VaultStatus
  problem: VaultProblem | null
  /** When the app was locked (this session): time locked never counts against a job's deadline. */
  lockedPeriods: { from: number; to: number | null }[]
}

const lockStarts = (s: VaultState) =>
  s.status === 'locked' ? s.lockedPeriods : [...s.lockedPeriods, { from: now(), to: null }]
const lockEnds = (s: VaultState) =>
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
const rehydrateAll = async () => {
  for (const s of sealedStores) await s.rehydrate()
}
const clearAll = () => withoutWrites(() => sealedStores.forEach((s) => s.clearMemory()))

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

/** Reads how the settings are sealed, without asking anything; opens them when no passphrase is needed. */
export async function bootVault(): Promise<void> {
  let envelope: Envelope | null
  try {
    envelope = readEnvelope()
  } catch (e) {
    if (!(e instanceof EnvelopeError)) throw e
    return reportProblem(e.kind === 'future' ? 'future' : 'damaged')
  }
  if (envelope?.kdf === 'pbkdf2-sha256') {
    rememberMode('passphrase')
    setKeys(null)
    clearAll()
    useVaultStore.setState((s) => ({
      mode: 'passphrase',
      status: 'locked',
      problem: null,
      lockedPeriods: lockStarts(s),
    }))
    return
  }
  // Chosen: a passphrase. Found: settings that open without one. Never used unasked.
  if (envelope && rememberedMode() === 'passphrase') return reportProblem('modeChanged')
  const keys = envelope ? deviceKeysFor(envelope) : null
  if (envelope && !keys) return reportProblem('damaged')
  if (envelope) rememberMode('device')
  setKeys(keys)
  useVaultStore.setState({ mode: 'device', status: 'open', problem: null })
  await rehydrateAll()
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase')
    this.name = 'WrongPassphraseError'
  }
}

/** Derives the key (off the main thread) and checks it against the MAC before using it. */
export async function unlock(passphrase: string): Promise<void> {
  const envelope = readEnvelope()
  if (!envelope || envelope.kdf !== 'pbkdf2-sha256') return bootVault()
  const salt = fromBase64(envelope.salt)
  if (!salt) return reportProblem('damaged')
  const secret = await derivePassphraseSecret(passphrase, salt, envelope.iter)
  const keys = splitKeys(secret, 'pbkdf2-sha256', envelope.iter, salt)
  try {
    open(envelope, keys)
  } catch (e) {
    if (e instanceof EnvelopeError && e.kind === 'mac') throw new WrongPassphraseError()
    throw e
  }
  setKeys(keys)
  useVaultStore.setState((s) => ({ status: 'open', problem: null, lockedPeriods: lockEnds(s) }))
  await rehydrateAll()
}

export function lock() {
  if (useVaultStore.getState().mode !== 'passphrase') return
  setKeys(null)
  clearAll()
  useVaultStore.setState((s) => ({ status: 'locked', lockedPeriods: lockStarts(s) }))
}

/** Re-seals under a passphrase; the device key is no longer needed. `reseal` writes the stores. */
export async function sealWithPassphrase(passphrase: string, reseal: () => void): Promise<void> {
  const salt = randomWords(16)
  const secret = await derivePassphraseSecret(passphrase, salt, PBKDF2_ITERATIONS)
  // The choice first: another tab that hears of the new envelope finds it already said.
  rememberMode('passphrase')
  setKeys(splitKeys(secret, 'pbkdf2-sha256', PBKDF2_ITERATIONS, salt))
  reseal()
  localStorage.removeItem(DEVICE_KEY)
  useVaultStore.setState({ mode: 'passphrase', status: 'open', problem: null })
}

export function sealWithDeviceKey(reseal: () => void) {
  rememberMode('device')
  localStorage.removeItem(DEVICE_KEY)
  setKeys(deviceKeys())
  reseal()
  useVaultStore.setState({ mode: 'device', status: 'open', problem: null })
}

/** Clears the sealed settings only (tasks and windows live elsewhere), then starts afresh. */
export async function forgetSettings(): Promise<void> {
  localStorage.removeItem(SETTINGS_KEY)
  forgetMode()
  setKeys(null)
  clearAll()
  await bootVault()
}

/** Another tab changed the sealed settings: follow it without a reload. */
export async function followOtherTab(): Promise<void> {
  const before = currentKeys()
  let envelope: Envelope | null = null
  try {
    envelope = readEnvelope()
  } catch {
    return reportProblem('damaged')
  }
  if (!envelope) {
    clearAll()
    return bootVault()
  }
  const sameKeys =
    before &&
    before.kdf === envelope.kdf &&
    fromBase64(envelope.salt)?.toString() === before.salt.toString()
  if (sameKeys) return rehydrateAll()
  return bootVault()
}
