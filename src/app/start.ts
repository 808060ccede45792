import { provideCredentials } from '../api/relay.ts'
import { frameRatio } from '../profiles/frame.ts'
import { onTaskStarted } from '../features/tasks/createTasks.ts'
import { connectDemoIfIdle } from '../features/settings/demo.ts'
import {
  getCredentials,
  sealedSettings,
  takeLegacyPlaintext,
} from '../features/settings/settingsStore.ts'
import { openUnlock } from '../features/settings/settingsUi.ts'
import { bootVault } from '../lib/vault/vault.ts'
import { registerSealedStore, useVaultStore } from '../lib/vault/vaultStore.ts'

let wired = false

/**
 * Connects the layers, which know nothing of each other upwards: the relay client reads the
 * settings' credentials, the vault opens the sealed settings, and every started task gets a
 * window (beside its source for a remix, shaped like its video). Safe to call twice.
 */
export function wireApp() {
  if (wired) return
  wired = true
  provideCredentials(getCredentials)
  registerSealedStore(sealedSettings)
  onTaskStarted(({ localId, near, frame }) => {
    // The window shell arrives with the first window, off the first screen (its store too).
    // If the shell's chunk will not load, the app says so in its place (LazyPart); the task
    // itself is recorded and polled all the same.
    import('../features/windows/windowsStore.ts').then(
      (windows) => {
        windows.openWindow(localId, near, frameRatio(frame))
        showNewCardOnPhone(localId)
      },
      () => {},
    )
  })
}

/**
 * On a phone a new window is a card below the composer, out of sight: it is scrolled into
 * view once it is there (its chunk may still be on its way: looked for over a second or two).
 */
function showNewCardOnPhone(localId: string, triesLeft = 40) {
  if (typeof matchMedia !== 'function' || !matchMedia('(max-width: 639px)').matches) return
  const card = document.querySelector(`[data-window="${CSS.escape(localId)}"]`)
  if (card) return card.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  if (triesLeft > 0) setTimeout(() => showNewCardOnPhone(localId, triesLeft - 1), 50)
}

/**
 * Before the first render: wire the layers, open the sealed settings (synchronous for the
 * device key) or ask for the passphrase; then, with no relay saved, look for the built-in
 * simulator.
 */
export function start() {
  wireApp()
  takeLegacyPlaintext()
  void bootVault().then(() => {
    if (useVaultStore.getState().status === 'locked') openUnlock()
    else return connectDemoIfIdle()
  })
  resumeStoryboards()
}

/**
 * Shots asked for before a reload (a continuing shot waiting for its previous shot's video)
 * are sent on wherever the app opens, not only once the storyboard is shown: the sender comes
 * with the first start that has such a shot (read cheaply, without the storyboard's code).
 */
function resumeStoryboards() {
  let stored: string | null = null
  try {
    stored = localStorage.getItem('sora-studio.storyboards')
  } catch {
    return // storage switched off: nothing was kept to resume
  }
  const load = () =>
    void import('../features/storyboard/runBoards.ts').then(
      (m) => m.runBoards(),
      () => {},
    )
  if (stored?.includes('"wanted":true')) return load()
  // Or when another tab asks for one: this tab may be the one that sends.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== 'sora-studio.storyboards' || !e.newValue?.includes('"wanted":true')) return
    removeEventListener('storage', onStorage)
    load()
  }
  addEventListener('storage', onStorage)
}
