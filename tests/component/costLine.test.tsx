import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CostLine } from '../../src/features/settings/CostLine.tsx'
import { connect, renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator(0.05)

/** The price line for sora-2, as the composer and the remix form show it. */
function Price() {
  return (
    <output aria-label="price">
      <CostLine model="sora-2" />
    </output>
  )
}

describe('the price before Generate', () => {
  it('belongs to a relay and a key: switching either never shows the old one’s price', async () => {
    connect(sim().url, 'sk-sim-price-a')
    renderWithProviders(<Price />)
    const line = screen.getByRole('status', { name: 'price' })
    await waitFor(() => expect(line).toHaveTextContent(/^Price: [\d.]+ per video · balance/))
    // Every text shown from the switch on, as it happens.
    const shown: string[] = []
    const seen = new MutationObserver(() => shown.push(line.textContent ?? ''))
    seen.observe(line, { childList: true, characterData: true, subtree: true })
    connect(sim().url, 'sk-sim-price-b')
    // The new key's own answer arrives…
    await waitFor(() => expect(line).toHaveTextContent(/^Price: [\d.]+ per video · balance/))
    // …and until it did, nothing was shown: not the old key's price for a moment.
    expect(shown[0]).toBe('')
    // A relay that cannot be reached has no price to show.
    connect('http://127.0.0.1:9', 'sk-sim-price-b')
    await waitFor(() => expect(line).toHaveTextContent(/^$/))
    seen.disconnect()
  })
})
