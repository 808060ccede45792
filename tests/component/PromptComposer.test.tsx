import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PromptComposer } from '../../src/features/composer/PromptComposer.tsx'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { connect, receivedCreates, renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator()
const tasks = () => Object.values(useTasksStore.getState().tasks)

describe('PromptComposer', () => {
  it('sends exactly the chosen parameters, duration as a string', async () => {
    connect(sim().url, 'sk-sim-exact')
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(screen.getByLabelText('Prompt'), 'A glass whale over a desert')
    await user.selectOptions(screen.getByLabelText('Model'), 'sora-2-pro')
    await user.selectOptions(screen.getByLabelText('Duration'), '15')
    await user.click(screen.getByLabelText('9:16 portrait'))
    await user.click(screen.getByLabelText('HD (sora-2-pro only)'))
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    await waitFor(() => expect(tasks()[0]?.phase).toBe('created'))
    const received = await receivedCreates(sim().url, 'sk-sim-exact')
    expect(received.map((r) => r.body)).toEqual([
      {
        model: 'sora-2-pro',
        prompt: 'A glass whale over a desert',
        aspect_ratio: '9:16',
        duration: '15',
        hd: true,
      },
    ])
  })

  it('refuses an empty prompt inline and sends nothing', async () => {
    connect(sim().url, 'sk-sim-empty')
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(screen.getByLabelText('Prompt'), '   ')
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Write a prompt first.')
    expect(screen.getByLabelText('Prompt')).toHaveAttribute('aria-invalid', 'true')
    expect(tasks()).toHaveLength(0)
    expect(await receivedCreates(sim().url, 'sk-sim-empty')).toEqual([])
  })

  it('offers HD only on sora-2-pro, and turns it off when switching back', async () => {
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    const hd = screen.getByLabelText('HD (sora-2-pro only)')
    expect(hd).toBeDisabled()
    await user.selectOptions(screen.getByLabelText('Model'), 'sora-2-pro')
    expect(hd).toBeEnabled()
    await user.click(hd)
    expect(hd).toBeChecked()
    await user.selectOptions(screen.getByLabelText('Model'), 'sora-2')
    expect(hd).not.toBeChecked()
    expect(hd).toBeDisabled()
  })

  it('submits with Ctrl+Enter, and a double click creates one task', async () => {
    connect(sim().url, 'sk-sim-double')
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(
      screen.getByLabelText('Prompt'),
      'Fireflies in a jar{Control>}{Enter}{/Control}',
    )
    await waitFor(() => expect(tasks()).toHaveLength(1))
    await user.dblClick(screen.getByRole('button', { name: 'Generate' }))
    await waitFor(() => expect(tasks().every((t) => t.phase === 'created')).toBe(true))
    expect(tasks()).toHaveLength(1)
    expect(await receivedCreates(sim().url, 'sk-sim-double')).toHaveLength(1)
  })

  it('asks for settings when no relay is set up', async () => {
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(screen.getByLabelText('Prompt'), 'A cat')
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Set a relay base URL and API key in Settings first.',
    )
    expect(tasks()).toHaveLength(0)
  })
})
