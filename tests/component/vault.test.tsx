import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  resealSettings,
  takeLegacyPlaintext,
  useSettingsStore,
} from '../../src/features/settings/settingsStore.ts'
import { StorageProblem } from '../../src/features/settings/StorageProblem.tsx'
import UnlockDialog from '../../src/features/settings/UnlockDialog.tsx'
import { parseEnvelope } from '../../src/lib/crypto/envelope.ts'
import { SETTINGS_KEY, setKeys } from '../../src/lib/vault/keyring.ts'
import {
  bootVault,
  followOtherTab,
  sealWithDeviceKey,
  sealWithPassphrase,
  unlock,
} from '../../src/lib/vault/vault.ts'
import { lock, useVaultStore, WrongPassphraseError } from '../../src/lib/vault/vaultStore.ts'
import { resetStore } from '../fixtures/stores.ts'
import { renderWithProviders } from './harness.tsx'

const CREDS = { baseUrl: 'https://relay.example.com', apiKey: 'sk-live-abcdef123456' }
const save = (credentials = CREDS) => useSettingsStore.getState().actions.saved({ credentials })
const creds = () => useSettingsStore.getState().credentials
const stored = () => localStorage.getItem(SETTINGS_KEY)

/** A fresh page load: memory forgotten (keys, settings, the vault's state), storage kept. */
async function reload() {
  setKeys(null)
  resetStore(useSettingsStore)
  resetStore(useVaultStore)
  await bootVault()
}

beforeEach(reload)

describe('remember on this device', () => {
  it('seals what it stores and opens it after a reload', async () => {
    save()
    // The first write may wait for the cipher's download.
    await waitFor(() => expect(stored()).not.toBeNull())
    expect(stored()).not.toContain(CREDS.apiKey)
    expect(stored()).not.toContain('relay.example.com')
    expect(parseEnvelope(stored()!)).toMatchObject({ v: 1, kdf: 'device' })
    await reload()
    expect(creds()).toEqual(CREDS)
  })

  it('keeps nothing while nothing is chosen: the demo relay writes no envelope and no device key', async () => {
    useSettingsStore.getState().actions.demoDetected({
      baseUrl: 'http://127.0.0.1:5173',
      apiKey: 'sk-demo',
    })
    useSettingsStore.getState().actions.saved({ autoLockMinutes: 15 })
    await reload()
    expect(stored()).toBeNull()
    expect(localStorage.getItem('sora-studio.device-key')).toBeNull()
    save()
    await waitFor(() => expect(stored()).not.toBeNull())
    expect(localStorage.getItem('sora-studio.device-key')).not.toBeNull()
  })

  it('says damaged storage is damaged, keeps the rest, and starts afresh on request', async () => {
    save()
    localStorage.setItem('sora-studio.windows', '{"keep":"me"}')
    const env = JSON.parse(stored()!) as Record<string, string>
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...env, ct: `A${env.ct!.slice(1)}` }))
    await reload()
    expect(useVaultStore.getState()).toMatchObject({ status: 'problem', problem: 'damaged' })
    expect(creds()).toBeNull()

    renderWithProviders(<StorageProblem />)
    expect(screen.getByRole('alert')).toHaveTextContent('The saved settings could not be read')
    expect(screen.getByRole('alert')).toHaveTextContent('Your tasks and windows are safe.')
    // nothing was erased until the user asked
    expect(stored()).toContain(env.mac!)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Enter credentials again' }))
    await waitFor(() => expect(useVaultStore.getState().status).toBe('open'))
    expect(stored()).toBeNull()
    expect(localStorage.getItem('sora-studio.windows')).toBe('{"keep":"me"}')
  })

  it('says settings from a newer version come from a newer version', async () => {
    save()
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...JSON.parse(stored()!), v: 2 }))
    await reload()
    renderWithProviders(<StorageProblem />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The saved settings come from a newer version of Sora Studio.',
    )
  })

  it('treats garbage in storage as damaged, never a crash', async () => {
    for (const junk of ['{', 'null', '[]', '"x"', '{"v":1}']) {
      localStorage.setItem(SETTINGS_KEY, junk)
      await reload()
      expect(useVaultStore.getState().problem, junk).toBe('damaged')
    }
  })

  it('migrates the guide’s plain-text settings without asking for the key again', async () => {
    localStorage.setItem('sora_base_url', 'https://old.example.com/')
    localStorage.setItem('sora_api_key', 'sk-old-123456')
    await reload()
    expect(creds()).toEqual({ baseUrl: 'https://old.example.com', apiKey: 'sk-old-123456' })
    expect(localStorage.getItem('sora_api_key')).toBeNull()
    expect(localStorage.getItem('sora_base_url')).toBeNull()
    expect(stored()).not.toContain('sk-old-123456')
  })

  it('follows a change made in another tab', async () => {
    save()
    // the other tab shares this storage and device key: it seals new credentials
    const other = { baseUrl: 'https://other.example.com', apiKey: 'sk-other-999' }
    const before = stored()
    save(other)
    const theirs = stored()!
    localStorage.setItem(SETTINGS_KEY, before!)
    await followOtherTab()
    expect(creds()).toEqual(CREDS)
    localStorage.setItem(SETTINGS_KEY, theirs)
    await followOtherTab()
    expect(creds()).toEqual(other)
  })
})

describe('lock with a passphrase', () => {
  it('locks on reload, refuses a wrong passphrase without erasing anything, opens with the right one', async () => {
    save()
    await sealWithPassphrase('correct horse', resealSettings)
    expect(parseEnvelope(stored()!)).toMatchObject({ kdf: 'pbkdf2-sha256', iter: 600_000 })
    expect(localStorage.getItem('sora-studio.device-key')).toBeNull()

    await reload()
    expect(useVaultStore.getState()).toMatchObject({ mode: 'passphrase', status: 'locked' })
    expect(creds()).toBeNull()
    const sealed = stored()
    // while locked, nothing may overwrite the vault
    save({ baseUrl: 'https://evil.example.com', apiKey: 'sk-evil' })
    expect(stored()).toBe(sealed)

    await expect(unlock('wrong horse')).rejects.toBeInstanceOf(WrongPassphraseError)
    expect(stored()).toBe(sealed)
    await unlock('correct horse')
    expect(useVaultStore.getState().status).toBe('open')
    expect(creds()).toEqual(CREDS)
  })

  it('locking drops the key from memory; the unlock dialog says a wrong passphrase is wrong', async () => {
    save()
    await sealWithPassphrase('correct horse', resealSettings)
    lock()
    expect(creds()).toBeNull()
    const user = userEvent.setup()
    renderWithProviders(<UnlockDialog onClose={() => {}} />)
    await user.type(screen.getByLabelText('Passphrase'), 'not it')
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That passphrase does not open your settings. Nothing was erased: try again.',
    )
    await user.type(screen.getByLabelText('Passphrase'), 'correct horse')
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    await waitFor(() => expect(creds()).toEqual(CREDS))
  })

  it('"forgot passphrase" asks first, then clears only the credentials', async () => {
    save()
    await sealWithPassphrase('correct horse', resealSettings)
    await reload()
    localStorage.setItem('sora-studio.windows', 'kept')
    const user = userEvent.setup()
    renderWithProviders(<UnlockDialog onClose={() => {}} />)
    await user.click(screen.getByRole('button', { name: 'Forgot passphrase?' }))
    expect(stored()).not.toBeNull()
    expect(screen.getByRole('group', { name: 'Forgot passphrase?' })).toHaveTextContent(
      'This erases the saved relay address and key',
    )
    await user.click(screen.getByRole('button', { name: 'Erase credentials' }))
    await waitFor(() => expect(stored()).toBeNull())
    expect(localStorage.getItem('sora-studio.windows')).toBe('kept')
    expect(useVaultStore.getState()).toMatchObject({ mode: 'device', status: 'open' })
  })

  it('refuses a passphrase vault silently swapped for a device-sealed one (with its device key)', async () => {
    // What another profile, or a script, would plant: settings for its own relay, device-sealed.
    save({ baseUrl: 'https://evil.example.com', apiKey: 'sk-evil' })
    const planted = { envelope: stored()!, key: localStorage.getItem('sora-studio.device-key')! }
    localStorage.clear()
    await reload()
    save()
    await sealWithPassphrase('correct horse', resealSettings)
    localStorage.setItem(SETTINGS_KEY, planted.envelope)
    localStorage.setItem('sora-studio.device-key', planted.key)

    await reload()
    expect(useVaultStore.getState()).toMatchObject({ status: 'problem', problem: 'modeChanged' })
    expect(creds()).toBeNull()
    renderWithProviders(<StorageProblem />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The saved settings were replaced by ones not locked with your passphrase, so they were not opened.',
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Your tasks and windows are safe.')
  })

  it('a change of mode made in the app is no swap: back to the device key, it opens', async () => {
    save()
    await sealWithPassphrase('correct horse', resealSettings)
    await sealWithDeviceKey(resealSettings)
    await reload()
    expect(useVaultStore.getState()).toMatchObject({ mode: 'device', status: 'open' })
    expect(creds()).toEqual(CREDS)
  })

  it('takes the guide’s plain-text key out of storage at start even while locked, and seals it on unlock', async () => {
    useSettingsStore.getState().actions.saved({ credentials: null })
    await sealWithPassphrase('correct horse', resealSettings)
    await reload()
    expect(useVaultStore.getState().status).toBe('locked')
    localStorage.setItem('sora_base_url', 'https://old.example.com/')
    localStorage.setItem('sora_api_key', 'sk-old-123456')

    takeLegacyPlaintext() // what start() does before the vault boots
    expect(localStorage.getItem('sora_api_key')).toBeNull()
    expect(localStorage.getItem('sora_base_url')).toBeNull()
    expect(JSON.stringify(localStorage)).not.toContain('sk-old-123456')

    await unlock('correct horse')
    expect(creds()).toEqual({ baseUrl: 'https://old.example.com', apiKey: 'sk-old-123456' })
    expect(stored()).not.toContain('sk-old-123456')
    expect(parseEnvelope(stored()!).kdf).toBe('pbkdf2-sha256')
  })
})
