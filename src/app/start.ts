import { connectDemoIfIdle } from '../features/settings/demo.ts'
import { openUnlock } from '../features/settings/settingsUi.ts'
import { bootVault, useVaultStore } from '../lib/vault/vaultStore.ts'

/**
 * Before the first render: open the sealed settings (synchronous for the device key) or
 * ask for the passphrase; then, with no relay saved, look for the built-in simulator.
 */
export function start() {
  void bootVault().then(() => {
    if (useVaultStore.getState().status === 'locked') openUnlock()
    else return connectDemoIfIdle()
  })
}
