import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  migrateSettings,
  resealSettings,
  useSettingsStore,
} from '../../src/features/settings/settingsStore.ts'
import { useAutoLock } from '../../src/features/settings/useAutoLock.ts'
import { sealWithDeviceKey, sealWithPassphrase } from '../../src/lib/vault/vault.ts'
import { useVaultStore } from '../../src/lib/vault/vaultStore.ts'
import { resetStores } from '../fixtures/stores.ts'

const autoLockAfter = (minutes: number) =>
  useSettingsStore.getState().actions.saved({ autoLockMinutes: minutes })

describe('auto-lock', () => {
  beforeEach(async () => {
    // As the settings leave it: "Lock with a passphrase" chosen (open), 5 idle minutes.
    await sealWithPassphrase('correct horse', resealSettings)
    autoLockAfter(5)
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
    resetStores()
  })

  it('locks after the idle time the user chose, and activity postpones it', () => {
    renderHook(() => useAutoLock())
    act(() => {
      vi.advanceTimersByTime(4 * 60_000)
    })
    act(() => {
      window.dispatchEvent(new Event('keydown'))
    })
    act(() => {
      vi.advanceTimersByTime(4 * 60_000)
    })
    expect(useVaultStore.getState().status).toBe('open')
    act(() => {
      vi.advanceTimersByTime(60_000)
    })
    expect(useVaultStore.getState().status).toBe('locked')
  })

  it('never locks when set to "never", nor in device mode', async () => {
    autoLockAfter(0)
    renderHook(() => useAutoLock())
    act(() => {
      vi.advanceTimersByTime(24 * 60 * 60_000)
    })
    expect(useVaultStore.getState().status).toBe('open')
    await act(async () => {
      await sealWithDeviceKey(resealSettings) // Settings: "Remember on this device"
      autoLockAfter(1)
    })
    act(() => {
      vi.advanceTimersByTime(10 * 60_000)
    })
    expect(useVaultStore.getState().status).toBe('open')
  })
})

describe('migrateSettings', () => {
  it('reads the earliest sealed shape, the credentials alone, without asking for the key again', () => {
    expect(migrateSettings({ baseUrl: 'https://r.example.com', apiKey: 'sk-1' }, 0)).toEqual({
      credentials: { baseUrl: 'https://r.example.com', apiKey: 'sk-1' },
      extraModels: [],
      chosenModels: {},
      autoLockMinutes: 15,
      slotsByRelay: {},
    })
  })
})
