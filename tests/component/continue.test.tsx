import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { useKeepPrefs } from '../../src/features/library/keepPrefs.ts'
import { useContinueIntent } from '../../src/features/tasks/continueIntent.ts'
import { TaskPollers } from '../../src/features/tasks/TaskPollers.tsx'
import { connect, renderWithProviders, setupSimulator, showNewTask } from './harness.tsx'

const sim = setupSimulator(0.05)

it('Continue on a video not kept in this browser says why, and sends nothing to the composer', async () => {
  connect(sim().url, 'sk-sim-continue-unkept')
  useKeepPrefs.getState().actions.saved({ keep: false, capMb: null })
  showNewTask({ model: 'sora-2', prompt: 'A gull [sim queue=0 len=1]' })
  renderWithProviders(<TaskPollers />)
  await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })
  await userEvent.setup().click(screen.getByRole('button', { name: 'Continue' }))
  expect(
    await screen.findByText(
      'Only a video kept in this browser can be continued (its exact last frame is read from the file): turn on “Keep each finished video in this browser” in Settings, and the videos already finished are kept too.',
    ),
  ).toBeVisible()
  expect(useContinueIntent.getState().request).toBeNull()
})

it('a model that takes only links (Wan) offers no Continue', async () => {
  connect(sim().url, 'sk-sim-continue-wan')
  showNewTask({ model: 'wan2.2-t2v', prompt: 'A heron [sim queue=0 len=1]' })
  renderWithProviders(<TaskPollers />)
  await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })
  expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull()
})
