import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useSettingsStore } from '../../src/features/settings/settingsStore.ts'
import { connect, setupSimulator, showNewTask } from './harness.tsx'

const perVideo = setupSimulator(0.05)
const perSecond = setupSimulator(0.05, { defaults: { billing: 'second' } })

/** Spends a key's quota (10.00) on the relay, as earlier jobs would have, until it refuses one. */
async function spendAll(baseUrl: string, key: string) {
  for (let i = 0; i < 10; i++) {
    const res = await fetch(`${baseUrl}/v2/videos/generations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'veo3-4k', prompt: 'spend [sim queue=0 len=0]' }),
    })
    if (res.status === 403) return
    expect(res.status).toBe(200)
  }
  throw new Error('the relay never said the quota was short')
}

describe('when the balance is short, the advice fits how the relay charges', () => {
  it('a fixed price per video: a cheaper model, not a shorter video', async () => {
    await spendAll(perVideo().url, 'sk-sim-broke')
    connect(perVideo().url, 'sk-sim-broke')
    showNewTask({ model: 'sora-2', prompt: 'A gull', duration: '10' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The account does not have enough quota for this request.')
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        'Here sora-2 costs 0.50 a video, whatever its length or size: add quota at the relay, or choose a cheaper model. Your balance: 0.00.',
      ),
    )
    expect(alert).not.toHaveTextContent('shorter')
    expect(within(alert).queryByRole('button', { name: 'Reset demo quota' })).toBeNull()
  })

  it('by the second and size (no fixed price published): a shorter or smaller video', async () => {
    await spendAll(perSecond().url, 'sk-sim-broke')
    connect(perSecond().url, 'sk-sim-broke')
    showNewTask({ model: 'sora-2-pro', prompt: 'A gull', duration: '25', hd: true })
    const alert = await screen.findByRole('alert')
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        'This relay publishes no fixed price for sora-2-pro: where a relay charges by the second and the size, a shorter or smaller video costs less. Or add quota at the relay.',
      ),
    )
  })

  it('on the demo relay: "Reset demo quota" refills this key’s play account, and Try again then works', async () => {
    const key = 'sk-demo-advice'
    await spendAll(perVideo().url, key)
    useSettingsStore.getState().actions.demoDetected({ baseUrl: perVideo().url, apiKey: key })
    showNewTask({ model: 'sora-2', prompt: 'A gull [sim queue=0 len=1]' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This is the demo relay: its quota is play money')
    const user = userEvent.setup()
    await user.click(within(alert).getByRole('button', { name: 'Reset demo quota' }))
    expect(await within(alert).findByText('The demo quota is full again.')).toBeVisible()
    const quota = await fetch(`${perVideo().url}/v1/token/quota`, {
      headers: { Authorization: `Bearer ${key}` },
    })
    expect(await quota.json()).toMatchObject({ quota: 5_000_000, used_quota: 0 })
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })).toBeVisible()
  })
})
