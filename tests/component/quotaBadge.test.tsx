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
})
