import { resolve } from 'node:path'
import { render } from '@testing-library/react'
import { StrictMode, type ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { useSettingsStore } from '../../src/features/settings/settingsStore.ts'
import { Providers } from '../../src/app/Providers.tsx'
import { wireApp } from '../../src/app/start.ts'
import { loadTasks } from '../../src/features/tasks/tasksStore.ts'
import { resetStores } from '../fixtures/stores.ts'
import { createQueryClient } from '../../src/lib/queryClient.ts'
import type { CreateTaskBody } from '../../src/api/types.ts'
import { startTask } from '../../src/features/tasks/createTasks.ts'
import { TaskBody } from '../../src/features/tasks/TaskBody.tsx'
import {
  startSimulator,
  type RunningSimulator,
  type StartOptions,
} from '../../simulator/src/server.ts'

// Real sockets, as in a browser: the simulator's answers land whenever they land, not inside a
// test's act(). React is told it runs outside an act() environment, as in a browser; the
// Testing Library still wraps its own render, events and waits in act() (it switches the flag
// on for them), and a test waits for what the user would see (findBy…, waitFor).
// (Set before each test: the Testing Library turns it on in its own beforeAll.)
beforeEach(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false
})

// Every test starts from the app's first state.
afterEach(resetStores)

// The layers are connected as the app connects them at start (credentials, sealed settings).
wireApp()
// The app reads the kept tasks after its first paint; tests that render no App read them now
// (until read, the store's writes wait).
void loadTasks()

/**
 * Component tests talk to the real simulator over real HTTP: nothing about the relay is mocked.
 * Returns a getter, since the server starts in beforeAll.
 */
export function setupSimulator(timeScale = 0.05, options: Partial<StartOptions> = {}) {
  let sim: RunningSimulator | undefined
  beforeAll(async () => {
    // jsdom's import.meta.url is not a file URL: name the clips' folder from the repo root.
    sim = await startSimulator({
      port: 0,
      timeScale,
      seed: 3,
      mediaDir: resolve('simulator/media'),
      ...options,
    })
  })
  afterAll(async () => {
    await sim?.close()
  })
  return () => {
    if (!sim) throw new Error('simulator not started')
    return sim
  }
}

export function connect(baseUrl: string, apiKey = 'sk-sim-component') {
  useSettingsStore.getState().actions.saved({ credentials: { baseUrl, apiKey } })
}

/** Rendered as the app renders itself: in StrictMode, so an effect or updater that is not
 * safe to run twice fails here, not only in `npm run dev`. */
export function renderWithProviders(ui: ReactNode) {
  return render(
    <StrictMode>
      <Providers client={createQueryClient()}>{ui}</Providers>
    </StrictMode>,
  )
}

/** The create requests the simulator received for this key, oldest first. */
export async function receivedCreates(
  baseUrl: string,
  apiKey = 'sk-sim-component',
): Promise<{ body: unknown }[]> {
  const res = await fetch(`${baseUrl}/__sim/requests`, {
    headers: { Authorization: `Bearer ${apiKey}` },
  })
  return (await res.json()) as { body: unknown }[]
}

/** Starts a task as Generate does, and shows its window's body: what the user then sees. */
export function showNewTask(body: CreateTaskBody) {
  const id = startTask(body)
  const view = renderWithProviders(<TaskBody localId={id} />)
  return { id, view }
}
