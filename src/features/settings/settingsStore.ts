import { create } from 'zustand'
import { createJSONStorage, persist, type PersistStorage } from 'zustand/middleware'
import { relayId } from '../../api/relayId.ts'
import type { Credentials } from '../../api/types.ts'
import { sealedStorage } from '../../lib/vault/vault.ts'
import { currentKeys, SETTINGS_KEY } from '../../lib/vault/keyring.ts'
import type { SealedStore } from '../../lib/vault/vaultStore.ts'
import { registerRewrite } from '../../lib/storageHealth.ts'
import { DEFAULT_SLOTS, MAX_SLOTS } from './slots.ts'

/** Which relay, which key, and the user's own choices: sealed at rest by the vault. */
interface SettingsState {
  credentials: Credentials | null
  /** Model ids the user added beyond the built-in ones (before models were chosen per relay). */
  extraModels: string[]
  /** Per relay (by relayId): the model ids the composer offers, as the user chose them. */
  chosenModels: Record<string, string[]>
  /** Minutes of inactivity before a passphrase-locked vault locks again; 0 = never. */
  autoLockMinutes: number
  /** Per relay (by relayId): how many jobs the app keeps in flight there (`DEFAULT_SLOTS`). */
  slotsByRelay: Record<string, number>
  /** True while pointed at the built-in simulator with its demo key (never persisted). */
  demo: boolean
  actions: {
    saved: (
      change: Partial<
        Pick<
          SettingsState,
          'credentials' | 'extraModels' | 'chosenModels' | 'autoLockMinutes' | 'slotsByRelay'
        >
      >,
    ) => void
    demoDetected: (credentials: Credentials) => void
    forgotten: () => void
  }
}

type Persisted = Pick<
  SettingsState,
  'credentials' | 'extraModels' | 'chosenModels' | 'autoLockMinutes' | 'slotsByRelay'
>

const persistedDefaults: Persisted = {
  credentials: null,
  extraModels: [],
  chosenModels: {},
  autoLockMinutes: 15,
  slotsByRelay: {},
}
const initial = { ...persistedDefaults, demo: false }

/** The earliest sealed shape was the credentials alone. */
export function migrateSettings(stored: unknown, version: number): Persisted {
  const s = (stored ?? {}) as Record<string, unknown>
  if (version < 1 && typeof s.baseUrl === 'string' && typeof s.apiKey === 'string') {
    return { ...persistedDefaults, credentials: { baseUrl: s.baseUrl, apiKey: s.apiKey } }
  }
  return { ...persistedDefaults, ...(s as Partial<Persisted>) }
}

const sealedJSON = createJSONStorage<Persisted>(() => sealedStorage)!
const isDefault = (p: Persisted) =>
  p.credentials === null &&
  p.extraModels.length === 0 &&
  Object.keys(p.chosenModels).length === 0 &&
  p.autoLockMinutes === persistedDefaults.autoLockMinutes &&
  Object.keys(p.slotsByRelay).length === 0

/**
 * Defaults are not worth sealing: until the user saves something (or picks a passphrase),
 * nothing is written, so a first visit on the demo relay needs no device key and no cipher.
 */
const settingsStorage: PersistStorage<Persisted> = {
  ...sealedJSON,
  setItem: (name, value) => {
    if (isDefault(value.state) && !currentKeys() && localStorage.getItem(name) === null) return
    return sealedJSON.setItem(name, value)
  },
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set, get) => ({
      ...initial,
      actions: {
        saved: (change) => set({ ...change, ...(change.credentials ? { demo: false } : {}) }),
        // The demo never overrides what the user saved.
        demoDetected: (credentials) => {
          if (!get().credentials) set({ credentials, demo: true })
        },
        forgotten: () => set({ ...initial }),
      },
    }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: settingsStorage,
      // The vault decides when the sealed settings can be read.
      skipHydration: true,
      // The demo's credentials are found anew on each start, never stored.
      partialize: (s): Persisted => ({
        credentials: s.demo ? null : s.credentials,
        extraModels: s.extraModels,
        chosenModels: s.chosenModels,
        autoLockMinutes: s.autoLockMinutes,
        slotsByRelay: s.slotsByRelay,
      }),
      migrate: migrateSettings,
      merge: (persisted, current) => {
        const raw = persisted as Partial<Persisted> | undefined
        const p = raw && {
          ...raw,
          chosenModels: readChosen(raw.chosenModels),
          slotsByRelay: readSlots(raw.slotsByRelay),
        }
        return p?.credentials
          ? { ...current, ...p, demo: false }
          : { ...current, ...p, credentials: current.credentials }
      },
    },
  ),
)

/** Per-relay slot counts as stored: whole numbers from 1 to MAX_SLOTS, the rest dropped. */
function readSlots(v: unknown): Record<string, number> {
  if (typeof v !== 'object' || v === null) return {}
  return Object.fromEntries(
    Object.entries(v).filter(
      ([, n]) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_SLOTS,
    ),
  )
}

/** Per-relay model lists as stored; anything malformed is dropped (the defaults apply). */
function readChosen(v: unknown): Record<string, string[]> {
  if (typeof v !== 'object' || v === null) return {}
  return Object.fromEntries(
    Object.entries(v).flatMap(([relay, ids]) =>
      Array.isArray(ids) ? [[relay, ids.filter((id): id is string => typeof id === 'string')]] : [],
    ),
  )
}

/** The guide's sample code kept base URL and key in plain localStorage: seal them, then erase them. */
const LEGACY = { baseUrl: 'sora_base_url', apiKey: 'sora_api_key' }
/** Taken out of plain storage at start, held in memory until the vault can seal them. */
let pendingLegacy: Credentials | null = null

/**
 * Moves the guide's plain-text settings out of localStorage into memory at once — even while
 * a passphrase vault is locked, so they never stay in plain text past the start. They are
 * sealed when the vault opens (`sealedSettings.rehydrate`); closing the page before unlocking
 * drops them, which is the price of never leaving a key in plain text.
 */
export function takeLegacyPlaintext() {
  const baseUrl = localStorage.getItem(LEGACY.baseUrl)
  const apiKey = localStorage.getItem(LEGACY.apiKey)
  if (!baseUrl && !apiKey) return
  if (baseUrl && apiKey) pendingLegacy = { baseUrl: baseUrl.replace(/\/+$/, ''), apiKey }
  localStorage.removeItem(LEGACY.baseUrl)
  localStorage.removeItem(LEGACY.apiKey)
}

function importLegacyPlaintext() {
  takeLegacyPlaintext()
  const legacy = pendingLegacy
  pendingLegacy = null
  if (legacy && !useSettingsStore.getState().credentials)
    useSettingsStore.getState().actions.saved({ credentials: legacy })
}

/**
 * How the vault reads and drops these settings. Handed to the vault at start (`app/start.ts`),
 * so nothing depends on which module happens to be imported first.
 */
export const sealedSettings: SealedStore = {
  rehydrate: async () => {
    await useSettingsStore.persist.rehydrate()
    importLegacyPlaintext()
  },
  // Locking drops the secrets from memory; nothing is written (the vault refuses writes then).
  clearMemory: () => useSettingsStore.setState({ ...initial }),
}

/** Writes the current settings again, e.g. under a new key. */
export const resealSettings = () => useSettingsStore.setState({})
registerRewrite(resealSettings)

export const getCredentials = () => useSettingsStore.getState().credentials
/** The relay set up now, by relayId (the key under which its tasks and findings are kept). */
export const currentRelayId = () => relayId(getCredentials()?.baseUrl ?? '')
export const useCredentials = () => useSettingsStore((s) => s.credentials)
/** The jobs kept in flight at a relay, as set (the take queue may use fewer: see takeQueue). */
export const slotsSetting = (relay: string, s = useSettingsStore.getState()) =>
  s.slotsByRelay[relay] ?? DEFAULT_SLOTS
export const useIsDemo = () => useSettingsStore((s) => s.demo)
export const useExtraModels = () => useSettingsStore((s) => s.extraModels)
export const useChosenModels = () => useSettingsStore((s) => s.chosenModels)
export const useAutoLockMinutes = () => useSettingsStore((s) => s.autoLockMinutes)
export const useSettingsActions = () => useSettingsStore((s) => s.actions)
