import 'fake-indexeddb/auto'
import { screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { relayId } from '../../src/api/relayId.ts'
import { useKeepPrefs } from '../../src/features/library/keepPrefs.ts'
import { useRelayDialects } from '../../src/features/settings/relayDialects.ts'
import { TaskPollers } from '../../src/features/tasks/TaskPollers.tsx'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { connect, renderWithProviders, setupSimulator, showNewTask } from './harness.tsx'

const sim = setupSimulator(0.05)

it('says when the relay’s link ends for a video not kept here, and that it has ended once it has', async () => {
  connect(sim().url, 'sk-sim-expiry')
  // OpenAI's dialect, whose task object carries `expires_at`; keeping is off, as a user may set.
  useRelayDialects.getState().actions.chosen(relayId(sim().url), 'openai')
  useKeepPrefs.getState().actions.saved({ keep: false, capMb: null })
  // linkttl=120 on a clock 20× fast: the link lasts 6 s after the video is done.
  const { id } = showNewTask({ model: 'sora-2', prompt: 'A gull [sim queue=0 len=1 linkttl=120]' })
  renderWithProviders(<TaskPollers />)

  const until = await screen.findByText(
    /^The relay’s link lasts until \d\d:\d\d: download the video before then to keep a copy\.$/,
    {},
    { timeout: 10_000 },
  )
  expect(until).toBeVisible()
  const expiresAt = useTasksStore.getState().tasks[id]?.outcome?.expiresAt
  expect(expiresAt).toBeGreaterThan(Date.now())
  expect(expiresAt).toBeLessThan(Date.now() + 7_000)
  const clock = (at: number) =>
    new Date(at).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  expect(until).toHaveTextContent(clock(expiresAt!))

  // The relay's own copy (OpenAI's /content) opens only with the key: no link is offered to
  // copy, and the window, which fetched the bytes, can still save them after the end.
  expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull()
  expect(screen.getByRole('button', { name: 'Download' })).toBeVisible()
  expect(
    await screen.findByText(
      `The relay’s link expired at ${clock(expiresAt!)}, but this window still holds the video: download it now to keep a copy.`,
      {},
      { timeout: 12_000 },
    ),
  ).toBeVisible()
  expect(screen.queryByText(/lasts until/)).toBeNull()
}, 30_000)
