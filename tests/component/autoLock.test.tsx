import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { migrateSettings, useSettingsStore } from '../../src/features/settings/settingsStore.ts'
import { useAutoLock } from '../../src/features/settings/useAutoLock.ts'
import { useVaultStore } from '../../src/lib/vault/vaultStore.ts'

describe('auto-lock', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    useVaultStore.setState({ mode: 'passphrase', status: 'open', problem: null })
    useSettingsStore.setState({ autoLockMinutes: 5 })
  })
  afterEach(() => {
    vi.useRealTimers()
    useVaultStore.setState({ mode: 'device', status: 'open', problem: null })
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

  it('never locks when set to "never", nor in device mode', () => {
    useSettingsStore.setState({ autoLockMinutes: 0 })
    renderHook(() => useAutoLock())
    act(() => {
      vi.advanceTimersByTime(24 * 60 * 60_000)
    })
    expect(useVaultStore.getState().status).toBe('open')
    act(() => {
      useSettingsStore.setState({ autoLockMinutes: 1 })
      useVaultStore.setState({ mode: 'device' })
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
    })
  })
})
