import { useEffect } from 'react'
import { useLocaleStore } from '../lib/i18n/i18n.ts'
import { SETTINGS_KEY } from '../lib/vault/keyring.ts'
import { followOtherTab } from '../lib/vault/vault.ts'

/**
 * A change saved in one tab reaches the others without a reload (the storage event fires
 * there only): settings and language. (Tasks travel on their own channel: see tasksDb.)
 */
export function useTabSync() {
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea !== localStorage) return
      if (e.key === SETTINGS_KEY || e.key === null) void followOtherTab()
      if (e.key === useLocaleStore.persist.getOptions().name || e.key === null)
        void useLocaleStore.persist.rehydrate()
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])
}
