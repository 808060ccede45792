import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PromptComposer } from '../../src/features/composer/PromptComposer.tsx'
import { useComposerStore } from '../../src/features/composer/composerStore.ts'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { connect, renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator(0.05)
const tasks = () => Object.values(useTasksStore.getState().tasks)

describe('the takes panel', () => {
  it('shows each model’s own settings and the total before sending; over the balance, the first press asks and the next sends', async () => {
    connect(sim().url, 'sk-sim-takes-panel')
    // Veo remembers a portrait shape from earlier; Grok has never been used (its defaults).
    useComposerStore.getState().actions.modelChosen('veo3-fast', { aspect: '9:16' })
    useComposerStore.getState().actions.modelChosen('sora-2-pro', {})
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(screen.getByLabelText('Prompt'), 'A glass harbour at dusk')
    await user.click(screen.getByRole('button', { name: 'More takes…' }))
    const panel = await screen.findByRole('region', { name: 'Takes' })
    await user.selectOptions(within(panel).getByLabelText('Takes of each model'), '4')
    await user.click(within(panel).getByRole('checkbox', { name: 'veo3-fast' }))
    await user.click(within(panel).getByRole('checkbox', { name: 'grok-video-3' }))
    const plan = within(panel).getByRole('list', { name: 'What will be sent' })
    expect(
      within(plan)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'sora-2-pro × 4 · defaults',
      'veo3-fast × 4 · Aspect ratio 9:16 portrait',
      'grok-video-3 × 4 · defaults',
    ])
    // (1.50 + 0.40 + 0.30) × 4 = 8.80 of 10.00: within the balance.
    // The total shows by Generate, in the composer's foot.
    expect(await screen.findByText('Total: 8.80 for 12 videos · balance 10.00')).toBeVisible()
    await user.selectOptions(within(panel).getByLabelText('Takes of each model'), '5')
    expect(
      await screen.findByText('Total: 11.00 for 15 videos · more than your balance of 10.00'),
    ).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Generate' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The takes cost 11.00, more than your balance of 10.00. Press Generate again to send them anyway.',
    )
    expect(tasks()).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    await waitFor(() => expect(tasks()).toHaveLength(15))
    // One group, in rounds: every model's first take, then every second…
    expect(
      tasks()
        .map((r) => `${r.take?.index}/${r.take?.of} ${r.body.model}`)
        .slice(0, 3),
    ).toEqual(['1/15 sora-2-pro', '2/15 veo3-fast', '3/15 grok-video-3'])
    expect(new Set(tasks().map((r) => r.take?.group)).size).toBe(1)
    expect(tasks()[1]!.body).toMatchObject({ model: 'veo3-fast', aspect_ratio: '9:16' })
  })
})
