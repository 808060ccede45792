import { fromBase64, randomWords } from '../crypto/bytes.ts'
import { EnvelopeError, open, parseEnvelope, seal, splitKeys } from '../crypto/envelope.ts'
import { derivePassphraseSecret, PBKDF2_ITERATIONS } from '../crypto/passphrase.ts'
import { guardedWrite } from '../storageHealth.ts'
import { deviceKeys, deviceKeysFor, readEnvelope } from './deviceKeys.ts'
import {
  currentKeys,
  DEVICE_KEY,
  rememberedMode,
  rememberMode,
  setKeys,
  writesAllowed,
} from './keyring.ts'
import {
  clearAll,
  lockEnds,
  lockStarts,
  openEmpty,
  rehydrateAll,
  reportProblem,
  useVaultStore,
  WrongPassphraseError,
} from './vaultStore.ts'

/*
 * The vault's cipher side: everything that needs crypto-js. Loaded through `vault.ts` when
 * there is something sealed to open or to write, so a first visit never downloads it.
 */

const envelopeProblem = (e: EnvelopeError) =>
  reportProblem(e.kind === 'future' ? 'future' : 'damaged')

/** Reads how the settings are sealed, without asking anything; opens them when no passphrase is needed. */
async function bootVault(): Promise<void> {
  let envelope
  try {
    envelope = readEnvelope()
  } catch (e) {
    if (!(e instanceof EnvelopeError)) throw e
    return envelopeProblem(e)
  }
  if (!envelope) return openEmpty()
  if (envelope.kdf === 'pbkdf2-sha256') {
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
  if (rememberedMode() === 'passphrase') return reportProblem('modeChanged')
  const keys = deviceKeysFor(envelope)
  if (!keys) return reportProblem('damaged')
  rememberMode('device')
  setKeys(keys)
  useVaultStore.setState({ mode: 'device', status: 'open', problem: null })
  await rehydrateAll()
}

/** Derives the key (off the main thread) and checks it against the MAC before using it. */
async function unlock(passphrase: string): Promise<void> {
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

/** Re-seals under a passphrase; the device key is no longer needed. `reseal` writes the stores. */
async function sealWithPassphrase(passphrase: string, reseal: () => void): Promise<void> {
  const salt = randomWords(16)
  const secret = await derivePassphraseSecret(passphrase, salt, PBKDF2_ITERATIONS)
  // The choice first: another tab that hears of the new envelope finds it already said.
  rememberMode('passphrase')
  setKeys(splitKeys(secret, 'pbkdf2-sha256', PBKDF2_ITERATIONS, salt))
  reseal()
  localStorage.removeItem(DEVICE_KEY)
  useVaultStore.setState({ mode: 'passphrase', status: 'open', problem: null })
}

function sealWithDeviceKey(reseal: () => void) {
  rememberMode('device')
  localStorage.removeItem(DEVICE_KEY)
  setKeys(deviceKeys())
  reseal()
  useVaultStore.setState({ mode: 'device', status: 'open', problem: null })
}

/** Another tab changed the sealed settings: follow it without a reload. */
async function followOtherTab(): Promise<void> {
  const before = currentKeys()
  let envelope
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

/** Opens a stored envelope with the keys in use; null while locked or when it will not open. */
function readSealed(name: string): string | null {
  const raw = localStorage.getItem(name)
  const keys = currentKeys()
  if (raw === null || !keys) return null
  try {
    return open(parseEnvelope(raw), keys)
  } catch (e) {
    if (e instanceof EnvelopeError) envelopeProblem(e)
    else throw e
    return null
  }
}

/** Seals and writes; while locked (or unreadable) it keeps what is stored rather than overwrite it. */
function writeSealed(name: string, value: string): void {
  if (!writesAllowed()) return
  let keys = currentKeys()
  if (!keys) {
    if (localStorage.getItem(name) !== null) return
    keys = deviceKeys()
    if (!keys) return
    setKeys(keys)
  }
  const sealed = JSON.stringify(seal(value, keys))
  guardedWrite(() => localStorage.setItem(name, sealed))
}

/** One object, so the loader in `vault.ts` holds the whole cipher side once it has arrived. */
export const vaultOps = {
  bootVault,
  unlock,
  sealWithPassphrase,
  sealWithDeviceKey,
  followOtherTab,
  readSealed,
  writeSealed,
}
