import { detectSimulator } from '../../api/detectSimulator.ts'
import { useSettingsStore } from './settingsStore.ts'
import { forgetSettings } from '../../lib/vault/vault.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'

/** With no relay saved (and nothing locked), use the built-in simulator if it is served beside the app. */
export async function connectDemoIfIdle() {
  if (useVaultStore.getState().status !== 'open' || useSettingsStore.getState().credentials) return
  const demo = await detectSimulator()
  if (demo) useSettingsStore.getState().actions.demoDetected(demo)
}

/** Forgets the saved relay and key; the demo relay takes over where there is one. */
export async function forgetCredentials() {
  await forgetSettings()
  await connectDemoIfIdle()
}
