import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Credentials } from '../../src/api/types.ts'
import DoctorPanel from '../../src/features/doctor/DoctorPanel.tsx'
import { keyHint } from '../../src/features/doctor/report.ts'
import { translate, type Translate } from '../../src/lib/i18n/i18n.ts'
import { TaskPollers } from '../../src/features/tasks/TaskPollers.tsx'
import { connect, renderWithProviders, setupSimulator, showNewTask } from './harness.tsx'

// Each relay the simulator can stage, checked by the doctor as a user runs it: one button,
// then one line per check, read by its words. (A relay without remix: remix.test, after a
// remix has failed there, the only way to know.)
const healthy = setupSimulator(0.05)
const htmlPages = setupSimulator(0.05, { defaults: { unknown: 'html' } })
const bare = setupSimulator(0.05, { defaults: { models: '404', quota: '404', pricing: '404' } })

async function runDoctor(credentials: Credentials) {
  const user = userEvent.setup()
  const onUseAddress = vi.fn()
  renderWithProviders(<DoctorPanel credentials={() => credentials} onUseAddress={onUseAddress} />)
  await user.click(screen.getByRole('button', { name: 'Run checks' }))
  const list = await screen.findByRole('list', { name: 'Findings' }, { timeout: 10_000 })
  const line = (check: string) =>
    within(list)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes(`${check} (`))
  return { line, user, onUseAddress }
}

describe('the relay doctor, by reading only', () => {
  it('a healthy relay: every line passes or says why it was not checked; nothing is created', async () => {
    const key = 'sk-sim-doctor-healthy-Wx9z'
    const { line } = await runDoctor({ baseUrl: healthy().url, apiKey: key })
    expect(line('Address')).toHaveTextContent('Address (passed): A relay API answers')
    expect(line('Browser access')).toHaveTextContent(/\(passed\): This page \(.+\) may call/)
    expect(line('API key')).toHaveTextContent('(passed): The relay accepts this key.')
    expect(line('Quota')).toHaveTextContent(/\(passed\): [\d.,]+ left of [\d.,]+\./)
    expect(line('Models')).toHaveTextContent(/\(passed\): The relay lists \d+ models/)
    expect(line('Prices')).toHaveTextContent(/\(passed\): Prices are published for \d+ models/)
    expect(line('Video routes')).toHaveTextContent(
      '(passed): Video requests are taken on Relay standard (/v2/videos/generations), OpenAI (/v1/videos), and new-api (/v1/video/generations).',
    )
    expect(line('Remix')).toHaveTextContent(
      '(not checked): Finding out means sending a remix, which costs money',
    )
    expect(line('Results')).toHaveTextContent(
      '(not checked): No finished video from this relay yet.',
    )
    const sent = (await (
      await fetch(`${healthy().url}/__sim/requests`, {
        headers: { Authorization: `Bearer ${key}` },
      })
    ).json()) as unknown[]
    expect(sent).toEqual([])
  })

  it('a wrong key', async () => {
    const { line } = await runDoctor({ baseUrl: healthy().url, apiKey: 'not-a-key' })
    expect(line('API key')).toHaveTextContent('(failed): The relay refused this key')
    expect(line('Quota')).toHaveTextContent('(not checked): The key was refused.')
    expect(line('Video routes')).toHaveTextContent('(not checked): The key was refused.')
  })

  it('an address that answers with a web page (a relay’s site, not its API)', async () => {
    const { line } = await runDoctor({
      baseUrl: `${htmlPages().url}/site`,
      apiKey: 'sk-sim-doctor-html',
    })
    expect(line('Address')).toHaveTextContent(
      '(failed): No relay API answers at this address (it answers like a web site)',
    )
    expect(line('Video routes')).toHaveTextContent('(failed): None of the three video routes')
  })

  it('a relay with no quota, model or price routes: not offered, with what that means', async () => {
    const { line } = await runDoctor({ baseUrl: bare().url, apiKey: 'sk-sim-doctor-bare' })
    expect(line('Quota')).toHaveTextContent('(not offered): This relay has no quota route here')
    expect(line('Models')).toHaveTextContent('(not offered): This relay lists no models')
    expect(line('Prices')).toHaveTextContent('(not offered): This relay publishes no price list')
    // Its video routes still answer with the key: the key and the routes are judged by them.
    expect(line('API key')).toHaveTextContent('(passed)')
    expect(line('Video routes')).toHaveTextContent('(passed)')
  })

  it('results behind the key: said, and readable with it on the relay’s own address', async () => {
    const credentials = { baseUrl: healthy().url, apiKey: 'sk-sim-doctor-private' }
    connect(credentials.baseUrl, credentials.apiKey)
    showNewTask({ model: 'sora-2', prompt: 'A gull [sim queue=0 len=1 result=private]' })
    renderWithProviders(<TaskPollers />)
    expect(await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })).toBeVisible()
    const { line } = await runDoctor(credentials)
    await waitFor(() => expect(line('Results')).toHaveTextContent('(passed): Results need the key'))
  })

  it('the copied report holds the key’s last four characters only', async () => {
    const key = 'sk-sim-doctor-report-Q7xZ'
    const { user } = await runDoctor({ baseUrl: healthy().url, apiKey: key })
    await user.click(screen.getByRole('button', { name: 'Copy report' }))
    expect(await screen.findByText(/^Report copied/)).toBeVisible()
    // The Testing Library's user stands in for the clipboard, as a browser's would.
    const text = await navigator.clipboard.readText()
    expect(text).toContain('Key: …Q7xZ')
    expect(screen.getByRole('status')).toHaveTextContent('Report copied')
    expect(text).toContain(`Relay: ${healthy().url}`)
    expect(text).toMatch(/✓ API key \(passed\): The relay accepts this key\./)
    expect(text).not.toContain(key.slice(0, -4))
    expect(text).not.toContain(key.slice(-5))
  })
})

it('a report shows a short key by its length only, never whole', () => {
  const t: Translate = (key, params) => translate('en', key, params)
  expect(keyHint('abcd', t)).toBe('(a key of 4 characters)')
  expect(keyHint('sk-sim-1234567', t)).toBe('…4567')
})
