import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App.tsx'
import { startTask } from '../../src/features/tasks/createTasks.ts'
import { TaskPollers } from '../../src/features/tasks/TaskPollers.tsx'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { connect, receivedCreates, renderWithProviders, setupSimulator } from './harness.tsx'

// The window shell's chunk fails to load, as after a dropped connection or a new deploy.
vi.mock('../../src/app/TaskWindows.tsx', () => {
  throw new Error('Failed to fetch dynamically imported module: TaskWindows.js')
})

const sim = setupSimulator(0.05)
const outcome = (id: string) => useTasksStore.getState().tasks[id]?.outcome?.status

describe('tasks poll whatever becomes of their windows', { timeout: 20_000 }, () => {
  it('with no window shell rendered at all', async () => {
    connect(sim().url, 'sk-sim-no-shell')
    const id = startTask({ model: 'sora-2', prompt: 'A comet [sim queue=2 len=6]' })
    renderWithProviders(<TaskPollers />)
    await waitFor(() => expect(outcome(id)).toBe('succeeded'), { timeout: 15_000 })
    expect(useTasksStore.getState().tasks[id]?.outcome?.videoUrl).toMatch(/^http/)
  })

  it('when the window shell’s chunk will not load: said in place, and the task still finishes', async () => {
    connect(sim().url, 'sk-sim-chunk-gone')
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
    renderWithProviders(<App />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Prompt'), 'A lantern [[sim queue=2 len=6]')
    await user.click(screen.getByRole('button', { name: 'Generate' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The task windows could not be loaded. Your tasks keep running')
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
    // The composer is still there, and nothing else broke.
    expect(screen.getByRole('button', { name: 'Generate' })).toBeInTheDocument()

    const [task] = Object.values(useTasksStore.getState().tasks)
    await waitFor(() => expect(outcome(task!.localId)).toBe('succeeded'), { timeout: 15_000 })
    expect(await receivedCreates(sim().url, 'sk-sim-chunk-gone')).toHaveLength(1)
    vi.restoreAllMocks()
  })
})
