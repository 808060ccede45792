import { useEffect } from 'react'
import { useAutoLockMinutes } from './settingsStore.ts'
import { lock, useVaultStore } from '../../lib/vault/vaultStore.ts'

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

/** Locks a passphrase vault after the idle time the user chose. */
export function useAutoLock() {
  const minutes = useAutoLockMinutes()
  const armed = useVaultStore((s) => s.mode === 'passphrase' && s.status === 'open') && minutes > 0
  useEffect(() => {
    if (!armed) return
    let timer = setTimeout(lock, minutes * 60_000)
    const reset = () => {
      clearTimeout(timer)
      timer = setTimeout(lock, minutes * 60_000)
    }
    ACTIVITY.forEach((type) => window.addEventListener(type, reset, { passive: true }))
    return () => {
      clearTimeout(timer)
      ACTIVITY.forEach((type) => window.removeEventListener(type, reset))
    }
  }, [armed, minutes])
}
