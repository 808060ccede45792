import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { relayId } from '../../src/api/relayId.ts'
import { useSettingsStore } from '../../src/features/settings/settingsStore.ts'
import { startTasks } from '../../src/features/tasks/createTasks.ts'
import { TaskBody } from '../../src/features/tasks/TaskBody.tsx'
import { TaskPollers } from '../../src/features/tasks/TaskPollers.tsx'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { frameOfBody } from '../../src/profiles/readBody.ts'
import { connect, receivedCreates, renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator(0.05)
// A relay that takes one job at a time per key, and says so with a 429 past it.
const strict = setupSimulator(0.05, { defaults: { maxrunning: 1 } })

const takes = (n: number, prompt: string) =>
  startTasks(
    Array.from({ length: n }, () => {
      const body = { model: 'sora-2', prompt }
      return { body, frame: frameOfBody(body) }
    }),
    { id: 'group-1', name: prompt },
  )

const stats = async (url: string, key: string) =>
  (await (
    await fetch(`${url}/__sim/stats`, { headers: { Authorization: `Bearer ${key}` } })
  ).json()) as {
    running: number
    peakRunning: number
    busyRefusals: number
  }
const records = () => Object.values(useTasksStore.getState().tasks)

describe('takes go through the queue, within the relay’s slots', { timeout: 30_000 }, () => {
  it('five takes with two slots: never more than two at the relay, each sent once, all finish', async () => {
    connect(sim().url, 'sk-sim-takes')
    renderWithProviders(<TaskPollers />)
    const ids = takes(5, 'A lighthouse [sim queue=0 len=2]')
    expect(records().filter((r) => r.phase === 'waiting').length).toBeGreaterThanOrEqual(3)
    await waitFor(
      () => expect(records().every((r) => r.outcome?.status === 'succeeded')).toBe(true),
      {
        timeout: 25_000,
      },
    )
    expect((await stats(sim().url, 'sk-sim-takes')).peakRunning).toBe(2)
    expect(await receivedCreates(sim().url, 'sk-sim-takes')).toHaveLength(5)
    // One group, each take in its place.
    expect(ids.map((id) => useTasksStore.getState().tasks[id]!.take)).toEqual(
      [1, 2, 3, 4, 5].map((index) => ({
        group: 'group-1',
        name: 'A lighthouse [sim queue=0 len=2]',
        index,
        of: 5,
      })),
    )
  })

  it('a create the relay refuses as too many at once goes back in the queue, fewer are sent at once, and each take is charged once', async () => {
    const key = 'sk-sim-takes-busy'
    connect(strict().url, key)
    renderWithProviders(<TaskPollers />)
    const [, second] = takes(3, 'A kite [sim queue=0 len=2]')
    // The second, sent beside the first, is refused (429, no task id) and waits again.
    renderWithProviders(<TaskBody localId={second!} />)
    expect(
      await screen.findByText(
        /The relay said it was busy, so 1 at a time until the page is reloaded\./,
      ),
    ).toBeVisible()
    await waitFor(
      () => expect(records().every((r) => r.outcome?.status === 'succeeded')).toBe(true),
      {
        timeout: 25_000,
      },
    )
    const s = await stats(strict().url, key)
    expect(s.peakRunning).toBe(1)
    expect(s.busyRefusals).toBeGreaterThanOrEqual(1)
    const quota = (await (
      await fetch(`${strict().url}/v1/token/quota`, { headers: { Authorization: `Bearer ${key}` } })
    ).json()) as { used_quota: number }
    expect(quota.used_quota).toBe(3 * 250_000)
  })

  it('a waiting take says why it waits, and Cancel sends nothing', async () => {
    const key = 'sk-sim-takes-cancel'
    connect(sim().url, key)
    useSettingsStore.getState().actions.saved({ slotsByRelay: { [relayId(sim().url)]: 1 } })
    renderWithProviders(<TaskPollers />)
    const [, second, third] = takes(3, 'A fox [sim queue=60]')
    renderWithProviders(<TaskBody localId={third!} />)
    const status = await screen.findByRole('status')
    expect(status).toHaveTextContent(
      'Waiting for a free slot: this relay takes 1 at a time. 1 ahead of it.',
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel (nothing was sent)' }))
    await waitFor(() => expect(useTasksStore.getState().tasks[third!]).toBeUndefined())
    expect(useTasksStore.getState().tasks[second!]?.phase).toBe('waiting')
    expect(await receivedCreates(sim().url, key)).toHaveLength(1)
    expect(
      within(document.body).queryByRole('button', { name: 'Cancel (nothing was sent)' }),
    ).toBeNull()
  })
})
