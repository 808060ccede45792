import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/app/App.tsx'
import { startTask } from '../../src/features/tasks/createTasks.ts'
import { useWindowsStore } from '../../src/features/windows/windowsStore.ts'
import { connect, renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator(0.05)

describe('the task windows', () => {
  it('open for each started task, and a window whose task was not kept is closed', async () => {
    connect(sim().url, 'sk-sim-windows')
    // A window left from a task whose record was dropped as unreadable.
    useWindowsStore.getState().actions.opened('ghost')
    const id = startTask({ model: 'sora-2', prompt: 'A heron [sim queue=0 len=20]' })
    renderWithProviders(<App />)
    expect(await screen.findByRole('region', { name: /A heron/ })).toBeVisible()
    await waitFor(() => expect(useWindowsStore.getState().open).toEqual([id]))
  })
})
