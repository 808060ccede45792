import { guardedWrite } from '../storageHealth.ts'
import type { SealKeys } from '../crypto/envelope.ts'

/**
 * What the vault knows without its cipher: where things are kept, how the user chose to seal
 * them, and the keys in memory. Nothing here imports crypto-js, so the first screen does not
 * download it (the sealing itself is in `vaultOps.ts`, loaded when there is something sealed).
 */

export const SETTINGS_KEY = 'sora-studio.settings'
/** The device key is kept apart from the envelope it opens. */
export const DEVICE_KEY = 'sora-studio.device-key'
/**
 * How the user chose to keep the settings, kept apart from the envelope: an envelope sealed
 * another way than this says must not be opened silently (a passphrase vault swapped for a
 * device-sealed one, with its device key, would otherwise open unasked).
 */
const MODE_KEY = 'sora-studio.vault-mode'

export const rememberedMode = (): 'device' | 'passphrase' | null => {
  const mode = localStorage.getItem(MODE_KEY)
  return mode === 'device' || mode === 'passphrase' ? mode : null
}
export const rememberMode = (mode: 'device' | 'passphrase') =>
  guardedWrite(() => localStorage.setItem(MODE_KEY, mode))
export const forgetMode = () => localStorage.removeItem(MODE_KEY)

/** The keys in use: memory only. null while locked. */
let current: SealKeys | null = null

/** While set, sealed stores change in memory only (dropping secrets must not write anything). */
let writesPaused = false
export const writesAllowed = () => !writesPaused
export function withoutWrites(fn: () => void) {
  writesPaused = true
  try {
    fn()
  } finally {
    writesPaused = false
  }
}

export const currentKeys = () => current
export const setKeys = (keys: SealKeys | null) => {
  current = keys
}
