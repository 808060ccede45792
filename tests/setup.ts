import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import '../src/app/messages/index.ts'
import { loadLocale, loadStringsPart } from '../src/lib/i18n/i18n.ts'
import { galleryStrings, libraryStrings, settingsDialogStrings } from '../src/app/messages/parts.ts'
import { taskWindowStrings } from '../src/features/tasks/windowStrings.ts'
import { windowShellStrings } from '../src/features/windows/strings.ts'
import { doctorStrings } from '../src/features/doctor/strings.ts'
import { takesStrings } from '../src/features/composer/loadTakesPanel.ts'
import { exampleStrings } from '../src/features/composer/exampleStrings.ts'
import { tasksSaved } from '../src/features/tasks/tasksStore.ts'

// As main.tsx does before the first render: the strings are here before any test renders.
await loadLocale('en')
// …and the lazy parts' (the app loads them with their views; tests render those directly).
await loadStringsPart(libraryStrings)
await loadStringsPart(galleryStrings)
await loadStringsPart(settingsDialogStrings)
await loadStringsPart(taskWindowStrings)
await loadStringsPart(windowShellStrings)
await loadStringsPart(doctorStrings)
await loadStringsPart(takesStrings)
await loadStringsPart(exampleStrings)

// Anything printed to console.error or console.warn fails the test that printed it: React's
// warnings (an update outside act(), a set-state while rendering, a missing key) and the
// app's own. A test that means to provoke one silences it where it does.
const printed: string[] = []
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console)
  console[level] = (...args: unknown[]) => {
    printed.push(`console.${level}: ${args.map(String).join(' ')}`.slice(0, 2000))
    original(...args)
  }
}

afterEach(() => {
  if (printed.length > 0)
    throw new Error(`printed during the test:\n${printed.splice(0).join('\n')}`)
})

afterEach(async () => {
  cleanup()
  // Tests that run in Node (`@vitest-environment node`) have no storage to clear.
  if (typeof localStorage !== 'undefined') localStorage.clear()
  // The view shown is in the address (#library): each test starts on the workspace.
  if (typeof location !== 'undefined' && location.hash)
    history.replaceState(null, '', location.pathname)
  // The database too (fake-indexeddb), once the last test's writes are in: the open
  // connection steps aside for the deletion (appDb's `blocking`).
  await tasksSaved()
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase('sora-studio')
    request.onsuccess = request.onerror = done
  })
})

// jsdom has <dialog> but not its modal API: open and close it as a browser would.
if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '')
    },
    close(this: HTMLDialogElement) {
      this.removeAttribute('open')
      this.dispatchEvent(new Event('close'))
    },
  })
}

// jsdom has no matchMedia: answer as a wide desktop screen does (no query matches).
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  Object.assign(window, {
    matchMedia: (query: string) => ({
      matches: false,
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }),
  })
}
