import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PromptComposer } from '../../src/features/composer/PromptComposer.tsx'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import {
  connect,
  receivedCreates,
  renderWithProviders,
  setupSimulator,
  showNewTask,
} from './harness.tsx'

const sim = setupSimulator(0.05)

describe('a job the relay failed', () => {
  it('a refused prompt offers "Edit prompt", which puts it back in the composer, and no Try again', async () => {
    connect(sim().url, 'sk-sim-edit-prompt')
    const prompt = 'A duel at noon [sim fail=prompt_review failat=0 queue=0]'
    showNewTask({ model: 'sora-2', prompt, duration: '15' })
    renderWithProviders(<PromptComposer />)
    const edit = await screen.findByRole('button', { name: 'Edit prompt' }, { timeout: 10_000 })
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
    await userEvent.click(edit)
    const box = screen.getByRole('textbox', { name: 'Prompt' })
    await waitFor(() => expect(box).toHaveValue(prompt))
    await waitFor(() => expect(box).toHaveFocus())
    expect(screen.getByLabelText('Duration')).toHaveValue('15')
  })

  it('another failure offers Edit & retry and Try again; Try again sends the same request once', async () => {
    connect(sim().url, 'sk-sim-try-again')
    const prompt = 'A kite in a storm [sim fail=other failat=0 queue=0]'
    showNewTask({ model: 'sora-2', prompt })
    const again = await screen.findByRole('button', { name: 'Try again' }, { timeout: 10_000 })
    expect(screen.getByRole('button', { name: 'Edit & retry' })).toBeVisible()
    await userEvent.dblClick(again)
    await waitFor(() => expect(Object.keys(useTasksStore.getState().tasks)).toHaveLength(2))
    await waitFor(async () =>
      expect(await receivedCreates(sim().url, 'sk-sim-try-again')).toHaveLength(2),
    )
    const bodies = (await receivedCreates(sim().url, 'sk-sim-try-again')).map((r) => r.body)
    expect(bodies[1]).toEqual(bodies[0])
  })
})
