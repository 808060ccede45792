import { detectSimulator } from '../api/detectSimulator.ts'
import { useSettingsStore } from '../api/settingsStore.ts'
import { openUnlock } from '../features/settings/settingsUi.ts'
import { bootVault, useVaultStore } from '../lib/vault/vaultStore.ts'

/**
 * Before the first render: open the sealed settings (synchronous for the device key) or
 * ask for the passphrase; then, with no relay saved, look for the built-in simulator.
 */
export function start() {
  void bootVault().then(async () => {
    const vault = useVaultStore.getState()
    if (vault.status === 'locked') return openUnlock()
    if (vault.status !== 'open' || useSettingsStore.getState().credentials) return
    const demo = await detectSimulator()
    if (demo) useSettingsStore.getState().actions.demoDetected(demo)
  })
}
