import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import DoctorPanel from '../../src/features/doctor/DoctorPanel.tsx'
import { useRelayFeatures } from '../../src/features/tasks/relayFeatures.ts'
import { TaskBody } from '../../src/features/tasks/TaskBody.tsx'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { startSimulator, type RunningSimulator } from '../../simulator/src/server.ts'
import {
  connect,
  showNewTask,
  receivedCreates,
  renderWithProviders,
  setupSimulator,
} from './harness.tsx'

const sim = setupSimulator(0.05)
let noRemix: RunningSimulator
beforeAll(async () => {
  noRemix = await startSimulator({
    port: 0,
    timeScale: 0.05,
    mediaDir: resolve('simulator/media'),
    defaults: { remix: '404' },
  })
})
afterAll(() => noRemix.close())

const records = () => Object.values(useTasksStore.getState().tasks)

/** A finished task's window, its Remix form filled and sent. */
async function remixFinished(prompt: string) {
  const { id: parent, view } = showNewTask({ model: 'sora-2', prompt: 'A fox [sim queue=0 len=4]' })
  await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })
  const user = userEvent.setup()
  await user.click(screen.getByRole('button', { name: 'Remix' }))
  await user.type(screen.getByLabelText('What should change?'), prompt)
  await user.click(screen.getByRole('button', { name: 'Start remix' }))
  const child = records().find((r) => r.remixOf?.localId === parent)!
  return { parent, child, view }
}

describe('remix', { timeout: 20_000 }, () => {
  it('sends one remix request and follows the new task to its video', async () => {
    connect(sim().url, 'sk-sim-remix')
    const { child } = await remixFinished('now at night')
    expect(child.body).toEqual({ model: 'sora-2', prompt: 'now at night' })
    renderWithProviders(<TaskBody localId={child.localId} />)
    await waitFor(() => expect(screen.getAllByLabelText('Generated video')).toHaveLength(2), {
      timeout: 10_000,
    })
    const sent = await receivedCreates(sim().url, 'sk-sim-remix')
    expect(sent.map((r) => (r as unknown as { path: string }).path)).toEqual([
      '/v2/videos/generations',
      `/v1/videos/${encodeURIComponent(useTasksStore.getState().tasks[child.remixOf!.localId]!.remoteId!)}/remix`,
    ])
  })

  it('the remix form shows what the remix costs where the relay publishes a price', async () => {
    connect(sim().url, 'sk-sim-remix-price')
    showNewTask({ model: 'sora-2-pro', prompt: 'A wren [sim queue=0 len=1]' })
    await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remix' }))
    const form = screen.getByLabelText('What should change?').closest('form')!
    await waitFor(() => expect(form).toHaveTextContent(/Price: 1\.50 per video · balance 8\.50/))
  })

  it('works from the keyboard: the prompt takes the keys, Esc or Cancel closes it back onto Remix, nothing sent', async () => {
    connect(sim().url, 'sk-sim-remix-keys')
    showNewTask({ model: 'sora-2', prompt: 'A heron [sim queue=0 len=1]' })
    await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Remix' }))
    expect(screen.getByLabelText('What should change?')).toHaveFocus()
    await user.keyboard('at dusk{Escape}')
    expect(screen.queryByLabelText('What should change?')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Remix' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByLabelText('What should change?')).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: 'Remix' })).toHaveFocus()
    expect(records()).toHaveLength(1)
    const sent = await receivedCreates(sim().url, 'sk-sim-remix-keys')
    expect(sent).toHaveLength(1)
  })

  it('says a relay has no remix, remembers it, and stops offering it there', async () => {
    connect(noRemix.url, 'sk-sim-noremix')
    const { child, view } = await remixFinished('in the snow')
    view.unmount()
    renderWithProviders(<TaskBody localId={child.localId} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This relay does not offer remix.')
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(Object.keys(useRelayFeatures.getState().noRemix)).toHaveLength(1)
    renderWithProviders(<TaskBody localId={child.remixOf!.localId} />)
    await screen.findAllByLabelText('Generated video')
    expect(screen.queryByRole('button', { name: 'Remix' })).not.toBeInTheDocument()

    // The relay doctor says so too (it cannot find out by reading: only a remix tells).
    const credentials = { baseUrl: noRemix.url, apiKey: 'sk-sim-noremix' }
    renderWithProviders(<DoctorPanel credentials={() => credentials} onUseAddress={() => {}} />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Run checks' }))
    const findings = await screen.findByRole('list', { name: 'Findings' }, { timeout: 10_000 })
    expect(
      within(findings)
        .getAllByRole('listitem')
        .find((li) => li.textContent?.includes('Remix (')),
    ).toHaveTextContent('Remix (not offered): A remix to this relay failed: it has no remix route.')
  })

  it('explains a source the relay no longer knows (another key’s task)', async () => {
    connect(sim().url, 'sk-sim-owner')
    const { id: parent, view } = showNewTask({
      model: 'sora-2',
      prompt: 'A heron [sim queue=0 len=4]',
    })
    await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })
    connect(sim().url, 'sk-sim-stranger') // same relay, another key
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Remix' }))
    await user.type(screen.getByLabelText('What should change?'), 'in autumn')
    await user.click(screen.getByRole('button', { name: 'Start remix' }))
    view.unmount()
    const child = records().find((r) => r.remixOf?.localId === parent)!
    renderWithProviders(<TaskBody localId={child.localId} />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The relay no longer knows the original video.',
    )
  })
})
