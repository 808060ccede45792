import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { relayId } from '../../src/api/relayId.ts'
import { startTask } from '../../src/features/tasks/createTasks.ts'
import { TaskBody } from '../../src/features/tasks/TaskBody.tsx'
import { TaskPollers } from '../../src/features/tasks/TaskPollers.tsx'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { reloadTasks, storedTasks } from '../fixtures/stores.ts'
import { connect, receivedCreates, renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator(0.05)
/** A page reload as far as the task store can tell: memory gone, storage read again. */
const reload = reloadTasks

describe('nothing lost on reload', () => {
  it('a job reloaded mid-way resumes polling and ends in the player, created once', async () => {
    connect(sim().url, 'sk-sim-reload')
    const id = startTask({
      model: 'sora-2',
      prompt: 'A comet [sim queue=10 len=40]',
      duration: '10',
    })
    const first = renderWithProviders(<TaskBody localId={id} />)
    await screen.findByText(/^Queued/)
    first.unmount()
    await reload()
    expect(useTasksStore.getState().tasks[id]?.phase).toBe('created')
    renderWithProviders(<TaskBody localId={id} />)
    expect(
      await screen.findByLabelText('Generated video', {}, { timeout: 15_000 }),
    ).toBeInTheDocument()
    expect(await receivedCreates(sim().url, 'sk-sim-reload')).toHaveLength(1)
  }, 25_000)

  it('a finished task shows its player after a reload without asking the relay again', async () => {
    connect(sim().url, 'sk-sim-done')
    const id = startTask({ model: 'sora-2', prompt: 'A pebble [sim queue=0 len=4]' })
    // as in the app, the background pollers write each final state into its record
    const first = renderWithProviders(
      <>
        <TaskPollers />
        <TaskBody localId={id} />
      </>,
    )
    await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })
    await waitFor(() =>
      expect(useTasksStore.getState().tasks[id]?.outcome?.status).toBe('succeeded'),
    )
    first.unmount()
    await reload()
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    renderWithProviders(<TaskBody localId={id} />)
    expect(await screen.findByLabelText('Generated video')).toBeVisible()
    const statusReads = fetchSpy.mock.calls.filter(([input]) =>
      String(input instanceof Request ? input.url : input).includes('/v2/videos/generations/'),
    )
    expect(statusReads).toHaveLength(0)
    fetchSpy.mockRestore()
  })

  it('a create on its way when the page closed is never re-sent on its own', async () => {
    connect(sim().url, 'sk-sim-interrupted')
    // Stored as version 1 wrote it (no frame): migrated on the way in.
    const record = {
      localId: 'interrupted-1',
      relay: relayId(sim().url),
      body: { model: 'sora-2', prompt: 'A bell' },
      imageCount: 0,
      createdAt: Date.now(),
      phase: 'submitting',
    }
    await reloadTasks({ state: { tasks: { [record.localId]: record } }, version: 1 })
    renderWithProviders(<TaskBody localId="interrupted-1" />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The page closed while this task was being submitted.')
    expect(alert).toHaveTextContent('trying again may start and charge a second task')
    // (That nothing re-sends it on its own, over ten minutes of faked time, is proved in
    // taskFlow.timers.test.tsx.)
    expect(await receivedCreates(sim().url, 'sk-sim-interrupted')).toHaveLength(0)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(async () =>
      expect(await receivedCreates(sim().url, 'sk-sim-interrupted')).toHaveLength(1),
    )
  })

  it('never writes image payloads to storage, and says so when they are gone', async () => {
    connect(sim().url, 'sk-sim-images')
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
    const id = startTask({ model: 'no-such-model', prompt: 'With a picture', images: [png] })
    await waitFor(() => expect(useTasksStore.getState().tasks[id]?.phase).toBe('create_failed'))
    const stored = JSON.stringify(await storedTasks())
    expect(stored).not.toContain('data:image')
    expect(stored).toContain('With a picture')
    await reload()
    renderWithProviders(<TaskBody localId={id} />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Its images were not kept after the page reloaded',
    )
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })
})
