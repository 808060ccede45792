import { create } from 'zustand'
import type { Credentials } from './types.ts'

/**
 * Which relay, which key. Memory only until the settings issue seals them:
 * nothing secret is ever written in plain text.
 */
interface CredentialsState {
  credentials: Credentials | null
  /** True while pointed at the built-in simulator with its demo key. */
  demo: boolean
  actions: {
    saved: (credentials: Credentials) => void
    demoDetected: (credentials: Credentials) => void
  }
}

export const useCredentialsStore = create<CredentialsState>()((set, get) => ({
  credentials: null,
  demo: false,
  actions: {
    saved: (credentials) => set({ credentials, demo: false }),
    // The demo never overrides what the user typed.
    demoDetected: (credentials) => {
      if (!get().credentials) set({ credentials, demo: true })
    },
  },
}))

export const getCredentials = () => useCredentialsStore.getState().credentials
export const useCredentials = () => useCredentialsStore((s) => s.credentials)
export const useIsDemo = () => useCredentialsStore((s) => s.demo)
export const useCredentialsActions = () => useCredentialsStore((s) => s.actions)
