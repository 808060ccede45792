import { detectSimulator } from '../../api/detectSimulator.ts'
import { useSettingsStore } from './settingsStore.ts'
import { forgetSettings } from '../../lib/vault/vault.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'

/** Where this browser's demo key is kept (plain: see `demoKeyOf`). */
const DEMO_ACCOUNT = 'sora-studio.demo-account'

/**
 * This browser's own key on the demo relay: the simulator keeps one play account per key, so
 * one demo user cannot spend another's quota. Minted once (`<the relay's demo key>-<random>`)
 * and kept in plain localStorage, not sealed: it is no secret (any `sk-demo…` key is valid on a
 * simulator, and buys only play quota there), and sealing it would load the cipher on a first
 * visit that has nothing else to seal. Every tab of the browser shares it.
 */
function demoKeyOf(prefix: string): string {
  const kept = readDemoKey()
  if (kept?.startsWith(`${prefix}-`) && /^[\w-]{1,80}$/.test(kept)) return kept
  const random = crypto.getRandomValues(new Uint8Array(9))
  const minted = `${prefix}-${Array.from(random, (b) => b.toString(36).padStart(2, '0')).join('')}`
  try {
    localStorage.setItem(DEMO_ACCOUNT, minted)
  } catch {
    // Storage full or off: this page still has its own account, a reload mints another.
  }
  return minted
}

function readDemoKey(): string | null {
  try {
    return localStorage.getItem(DEMO_ACCOUNT)
  } catch {
    return null
  }
}

/** With no relay saved (and nothing locked), use the built-in simulator if it is served beside the app. */
export async function connectDemoIfIdle() {
  if (useVaultStore.getState().status !== 'open' || useSettingsStore.getState().credentials) return
  const demo = await detectSimulator()
  if (demo)
    useSettingsStore.getState().actions.demoDetected({ ...demo, apiKey: demoKeyOf(demo.apiKey) })
}

/** Forgets the saved relay and key; the demo relay takes over where there is one. */
export async function forgetCredentials() {
  await forgetSettings()
  await connectDemoIfIdle()
}
