import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { resealSettings } from '../../src/features/settings/settingsStore.ts'
import { startTask } from '../../src/features/tasks/createTasks.ts'
import { TaskBody } from '../../src/features/tasks/TaskBody.tsx'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { sealWithPassphrase, unlock } from '../../src/lib/vault/vault.ts'
import { lock } from '../../src/lib/vault/vaultStore.ts'
import { loadLocale, useLocaleStore } from '../../src/lib/i18n/i18n.ts'
import {
  connect,
  showNewTask,
  receivedCreates,
  renderWithProviders,
  setupSimulator,
} from './harness.tsx'

const sim = setupSimulator(0.05)

describe('a task’s window body, against the simulator', () => {
  it('goes queued → progress → a video', async () => {
    connect(sim().url, 'sk-sim-flow')
    showNewTask({
      model: 'sora-2',
      prompt: 'A kite [sim queue=20 len=40]',
      duration: '10',
    })
    expect(await screen.findByText(/^(Submitting…|Queued)/)).toBeVisible()
    const bar = await screen.findByRole('progressbar', { name: 'Progress' }, { timeout: 8000 })
    expect(bar).toBeInTheDocument()
    const video = await screen.findByLabelText('Generated video', {}, { timeout: 15000 })
    expect(video.tagName).toBe('VIDEO')
    // the clip is on the relay's own origin: fetched with the key, played from a blob
    expect(video.getAttribute('src')).toMatch(/^blob:/)
  }, 30_000)

  it('names the chosen values in the user’s words, defaults left out, the wire names one click away', async () => {
    connect(sim().url, 'sk-sim-params')
    showNewTask({
      model: 'sora-2',
      prompt: 'A heron [sim queue=0 len=1]',
      aspect_ratio: '9:16',
      duration: '10',
    })
    const sent = screen.getByRole('list', { name: 'Sent to the relay' })
    expect(
      within(sent)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['sora-2', 'Aspect ratio 9:16 portrait'])
    const asSent = screen.getByText('As sent')
    await userEvent.setup().click(asSent)
    expect(screen.getByText('aspect_ratio 9:16 · duration 10')).toBeVisible()
    await act(() => loadLocale('zh'))
    useLocaleStore.getState().actions.choose('zh')
    expect(await screen.findByRole('list', { name: '发送给中转的参数' })).toHaveTextContent(
      'sora-2宽高比 9:16 竖屏',
    )
  })

  it('explains a review failure and shows the relay’s own words', async () => {
    connect(sim().url, 'sk-sim-fail')
    showNewTask({
      model: 'sora-2',
      prompt: 'A crowd [sim queue=0 len=20 fail=prompt_review]',
    })
    const alert = await screen.findByRole('alert', {}, { timeout: 10000 })
    expect(alert).toHaveTextContent('The prompt did not pass the content review.')
    expect(alert).toHaveTextContent('Rephrase the prompt')
    expect(alert).toHaveTextContent('提示词包含违规内容')
  }, 15_000)

  it('shows a wrong key in words, with a way to the settings', async () => {
    connect(sim().url, 'not-a-valid-key')
    showNewTask({ model: 'sora-2', prompt: 'A boat' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The relay refused the API key.')
    expect(within(alert).getByRole('button', { name: 'Open settings' })).toBeInTheDocument()
  })

  it('offers "Try again" after a failed create and never retries on its own', async () => {
    connect(sim().url, 'sk-sim-retry')
    showNewTask({ model: 'no-such-model', prompt: 'A bird' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The relay rejected the request.')
    // (That nothing re-sends it on its own, over ten minutes of faked time, is proved in
    // taskFlow.timers.test.tsx.)
    expect(await receivedCreates(sim().url, 'sk-sim-retry')).toHaveLength(1)
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(async () =>
      expect(await receivedCreates(sim().url, 'sk-sim-retry')).toHaveLength(2),
    )
  })

  it('pauses while locked and says so, then carries on after unlocking', async () => {
    connect(sim().url, 'sk-sim-locked')
    await sealWithPassphrase('correct horse', resealSettings) // Settings: "Lock with a passphrase"
    showNewTask({ model: 'sora-2', prompt: 'A heron [sim queue=0 len=60]' })
    await screen.findByRole('progressbar', {}, { timeout: 8000 })
    lock() // as auto-lock does: the key and the credentials leave memory
    expect(await screen.findByText('Locked — unlock to keep watching.')).toBeVisible()
    await unlock('correct horse') // as the Unlock dialog does: they come back from storage
    expect(
      await screen.findByLabelText('Generated video', {}, { timeout: 15000 }),
    ).toBeInTheDocument()
  }, 25_000)

  it('waits, and says why, while another relay is set up', async () => {
    connect(sim().url, 'sk-sim-moved')
    showNewTask({ model: 'sora-2', prompt: 'A tide pool [sim queue=5 len=60]' })
    await screen.findByText(/^Queued/)
    connect('https://another-relay.example.com', 'sk-other')
    expect(await screen.findByText(/This task was created on another relay/)).toBeVisible()
    connect(sim().url, 'sk-sim-moved')
    await waitFor(() => expect(screen.queryByText(/another relay/)).not.toBeInTheDocument())
  })

  it('past its deadline a job stops polling and says so; "Keep waiting" carries on', async () => {
    connect(sim().url, 'sk-sim-overdue')
    // The app's clock (Date and performance together) runs on, and is moved on by hand
    // below; timers and sockets stay real.
    vi.useFakeTimers({ toFake: ['Date', 'performance'], shouldAdvanceTime: true })
    onTestFinished(() => void vi.useRealTimers())
    const id = startTask({ model: 'sora-2', prompt: 'A glacier [sim queue=0 len=4]' })
    await waitFor(() => expect(useTasksStore.getState().tasks[id]?.phase).toBe('created'))
    // An hour and a minute pass before its window is looked at.
    vi.advanceTimersByTime(61 * 60_000)
    renderWithProviders(<TaskBody localId={id} />)
    expect(
      await screen.findByText(
        'This job is taking unusually long (over an hour). Polling has stopped.',
      ),
    ).toBeInTheDocument()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Keep waiting' }))
    expect(
      await screen.findByLabelText('Generated video', {}, { timeout: 10_000 }),
    ).toBeInTheDocument()
  }, 15_000)
})
