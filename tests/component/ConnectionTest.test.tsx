import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import SettingsDialog from '../../src/features/settings/SettingsDialog.tsx'
import { useSettingsStore } from '../../src/features/settings/settingsStore.ts'
import { startSimulator, type RunningSimulator } from '../../simulator/src/server.ts'
import { renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator()
let htmlGateway: RunningSimulator
let broken: RunningSimulator
let noModels: RunningSimulator
let bare: RunningSimulator
beforeAll(async () => {
  const mediaDir = resolve('simulator/media')
  // a stock gateway whose web UI answers every unknown path with a 200 page
  htmlGateway = await startSimulator({ port: 0, mediaDir, defaults: { unknown: 'html' } })
  // a relay whose every read fails with an empty 500
  broken = await startSimulator({
    port: 0,
    mediaDir,
    defaults: { faults: 1, faultkinds: ['empty500'] },
  })
  // a relay without /v1/models; and one without its quota route either
  noModels = await startSimulator({ port: 0, mediaDir, defaults: { models: '404' } })
  bare = await startSimulator({ port: 0, mediaDir, defaults: { models: '404', quota: '404' } })
})
afterAll(async () => {
  await Promise.all([htmlGateway, broken, noModels, bare].map((s) => s.close()))
})

async function testWith(baseUrl: string, key: string) {
  const user = userEvent.setup()
  renderWithProviders(<SettingsDialog />)
  await user.type(screen.getByLabelText('Base URL'), baseUrl)
  await user.type(screen.getByLabelText('API key'), key)
  await user.click(screen.getByRole('button', { name: 'Test connection' }))
  return screen.findByText(
    /^(Connected|Wrong key|Unreachable|This address|Unexpected|Blocked)/,
    {},
    { timeout: 8000 },
  )
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise((r) => server.close(r))
  return port
}

describe('"Test connection", against real relays over HTTP', () => {
  it('says connected, with the quota in display units', async () => {
    expect(await testWith(sim().url, 'sk-sim-conn')).toHaveTextContent(
      'Connected: 10.00 left of 10.00.',
    )
  })

  it('a relay without /v1/models connects when its quota answers with the key', async () => {
    expect(await testWith(noModels.url, 'sk-sim-conn')).toHaveTextContent(
      'Connected: 10.00 left of 10.00.',
    )
  })

  it('…and still says a wrong key is wrong there', async () => {
    expect(await testWith(noModels.url, 'sk-nope')).toHaveTextContent(
      'Wrong key: the relay refused it (401).',
    )
  })

  it('a relay with neither route is reached, its key not verified', async () => {
    expect(await testWith(bare.url, 'sk-sim-conn')).toHaveTextContent(
      /^Connected — key not verified/,
    )
  })

  it('says the key is wrong on a 401', async () => {
    expect(await testWith(sim().url, 'sk-nope')).toHaveTextContent(
      'Wrong key: the relay refused it (401).',
    )
  })

  it('says nothing answered at an address where no server listens', async () => {
    const port = await closedPort()
    expect(await testWith(`http://127.0.0.1:${port}`, 'sk-sim-x')).toHaveTextContent(
      'Unreachable: nothing answered at this address.',
    )
  })

  it('says "not a relay API" when a web page answers where JSON was due', async () => {
    expect(await testWith(`${htmlGateway.url}/dashboard`, 'sk-sim-x')).toHaveTextContent(
      'This address is not a relay API: it answered with a web page. Check the base URL.',
    )
  })

  it('reports anything else as an unexpected answer, with what came back', async () => {
    expect(await testWith(broken.url, 'sk-sim-x')).toHaveTextContent(
      'Unexpected answer from the relay: 500',
    )
  })
})

describe('Save after a failed test', () => {
  it('asks "Save anyway?" for the values that failed, and saves on the second press', async () => {
    await testWith(sim().url, 'sk-nope')
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The connection test failed with these settings. Save anyway?',
    )
    expect(useSettingsStore.getState().credentials).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save anyway' }))
    expect(useSettingsStore.getState().credentials).toEqual({
      baseUrl: sim().url,
      apiKey: 'sk-nope',
    })
  })

  it('changed values are not the ones that failed: Save saves at once', async () => {
    await testWith(sim().url, 'sk-nope')
    const user = userEvent.setup()
    const key = screen.getByLabelText('API key')
    await user.clear(key)
    await user.type(key, 'sk-sim-fixed')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(useSettingsStore.getState().credentials?.apiKey).toBe('sk-sim-fixed')
  })
})
