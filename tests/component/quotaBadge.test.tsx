import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { QuotaBadge } from '../../src/features/settings/QuotaBadge.tsx'
import { connect, renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator(0.05)

describe('the quota badge', () => {
  it('says the balance after its label', async () => {
    connect(sim().url, 'sk-sim-badge')
    renderWithProviders(<QuotaBadge />)
    expect(
      await screen.findByRole('button', { name: 'Quota: 10.00 / 10.00. Click to refresh.' }),
    ).toHaveTextContent(/^Quota 10\.00 \/ 10\.00$/)
  })

  it('a quota it cannot read is "Quota unknown", the label not repeated', async () => {
    // A base URL the relay does not route: its quota answer is no quota.
    connect(`${sim().url}/not-the-api`, 'sk-sim-badge')
    renderWithProviders(<QuotaBadge />)
    const badge = await screen.findByRole('button', {
      name: 'Quota unknown. Click to try again.',
    })
    expect(badge).toHaveTextContent(/^Quota unknown$/)
  })

  it('belongs to its key: after switching keys the old balance is never shown', async () => {
    // Key A has spent on a job; key B has not.
    await fetch(`${sim().url}/v2/videos/generations`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-sim-spent', 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'sora-2', prompt: 'A spend [sim queue=0 len=0]' }),
    })
    connect(sim().url, 'sk-sim-spent')
    renderWithProviders(<QuotaBadge />)
    await screen.findByText(/^Quota 9\.\d\d \/ 10\.00$/)
    // Every text the badge shows from the switch on: never A's balance again.
    const shown: string[] = []
    const badge = screen.getByRole('button')
    const seen = new MutationObserver(() => shown.push(badge.textContent ?? ''))
    seen.observe(badge, { childList: true, characterData: true, subtree: true })
    connect(sim().url, 'sk-sim-fresh')
    expect(await screen.findByText('Quota 10.00 / 10.00')).toBeVisible()
    seen.disconnect()
    expect(shown.filter((text) => /9\.\d\d/.test(text))).toEqual([])
  })
})
