import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App.tsx'
import { useSettingsStore } from '../../src/features/settings/settingsStore.ts'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { storedTasks } from '../fixtures/stores.ts'
import { connect, receivedCreates, renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator(0.05)

/** From now on the browser refuses every write, as a full disk does: localStorage and IndexedDB. */
function fillStorage() {
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  }
  const spies = [
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(full),
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full),
  ]
  return () => spies.forEach((spy) => spy.mockRestore())
}

const kept = async () => JSON.stringify(await storedTasks())

afterEach(() => vi.restoreAllMocks())

describe('a full browser storage', () => {
  it('during a create: the task the relay accepted runs to its video, sent once, never offered again', async () => {
    connect(sim().url, 'sk-sim-full')
    renderWithProviders(<App />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Prompt'), 'A kite [[sim queue=0 len=4]')
    const freeSpace = fillStorage()
    await user.click(screen.getByRole('button', { name: 'Generate' }))

    // Said once, in words, with a way on.
    const banner = await screen.findByText(/Browser storage is full/)
    expect(banner.closest('[role="alert"]')).toHaveTextContent('nothing already kept is lost')
    // Not "could not be reached — Try again": the relay took it, and it plays.
    const window = await screen.findByRole('region', { name: /A kite/ }, { timeout: 10_000 })
    expect(await screen.findByLabelText('Generated video', {}, { timeout: 15_000 })).toBeVisible()
    expect(window).not.toHaveTextContent('Try again')
    expect(await receivedCreates(sim().url, 'sk-sim-full')).toHaveLength(1)
    const [task] = Object.values(useTasksStore.getState().tasks)
    expect(task?.phase).toBe('created')
    expect(await kept()).not.toContain('A kite')

    // Space freed: one press writes everything kept in memory, and the banner goes.
    freeSpace()
    await user.click(screen.getByRole('button', { name: 'Try saving again' }))
    await waitFor(() => expect(screen.queryByText(/Browser storage is full/)).toBeNull())
    await waitFor(async () => expect(await kept()).toContain('A kite'))
  }, 30_000)

  it('during a settings save: the dialog closes, the relay is used in this page, and the app says it is not kept', async () => {
    renderWithProviders(<App />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Settings' }))
    const dialog = await screen.findByRole('dialog', { name: 'Relay settings' })
    await user.type(within(dialog).getByLabelText('Base URL'), sim().url)
    await user.type(
      within(dialog).getByLabelText('API key', { exact: true }),
      'sk-sim-full-settings',
    )
    fillStorage()
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Relay settings' })).toBeNull())
    expect(await screen.findByText(/Browser storage is full/)).toBeVisible()
    expect(useSettingsStore.getState().credentials).toEqual({
      baseUrl: sim().url,
      apiKey: 'sk-sim-full-settings',
    })
  })
})
