import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { relayId } from '../../src/api/relayId.ts'
import { useSettingsStore } from '../../src/features/settings/settingsStore.ts'
import { PromptComposer } from '../../src/features/composer/PromptComposer.tsx'
import SettingsDialog from '../../src/features/settings/SettingsDialog.tsx'
import { startSimulator } from '../../simulator/src/server.ts'
import { renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator()
const offered = () =>
  within(screen.getByLabelText('Model'))
    .getAllByRole('option')
    .map((o) => o.getAttribute('value'))

async function fillRelay(user: ReturnType<typeof userEvent.setup>, url: string) {
  await user.type(screen.getByLabelText('Base URL'), url)
  await user.type(screen.getByLabelText('API key'), 'sk-sim-models')
}

describe('choosing models in settings, against the simulator', () => {
  it('refreshes from the relay, shows each id with its profile and price, and the choice reaches the composer', async () => {
    const user = userEvent.setup()
    const view = renderWithProviders(<SettingsDialog />)
    await fillRelay(user, sim().url)
    const models = screen.getByRole('group', { name: 'Models' })
    await user.click(within(models).getByRole('button', { name: 'Refresh models' }))
    expect(
      await within(models).findByText(
        '13 video models at this relay. 1 more without a video hint: tick one if it makes videos. 2 other models (not video) are not listed.',
      ),
    ).toBeInTheDocument()
    const row = (id: string) => within(models).getByRole('checkbox', { name: id }).closest('li')!
    expect(row('veo3-frames')).toHaveTextContent('Veo · first and last frame')
    expect(row('veo3-frames')).toHaveTextContent('1.00 per video')
    expect(row('grok-video-3')).toHaveTextContent('0.30 per video')
    expect(row('kling-v2-master')).toHaveTextContent('Kling')
    expect(row('doubao-seedance-1-0-pro-250528')).toHaveTextContent('Seedance')
    expect(row('hailuo-02')).toHaveTextContent('Generic')
    expect(within(models).getByRole('checkbox', { name: 'hailuo-02' })).not.toBeChecked()
    expect(within(models).queryByRole('checkbox', { name: 'gpt-4o-mini' })).toBeNull()

    await user.click(within(models).getByRole('checkbox', { name: 'sora-2-pro' }))
    await user.click(within(models).getByRole('checkbox', { name: 'veo2' }))
    await user.click(within(models).getByRole('checkbox', { name: 'hailuo-02' }))
    await user.type(within(models).getByLabelText('Model id'), 'luma-ray-2{Enter}')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const chosen = useSettingsStore.getState().chosenModels[relayId(sim().url)]
    expect(chosen).toContain('luma-ray-2')
    expect(chosen).not.toContain('sora-2-pro')
    view.unmount()

    renderWithProviders(<PromptComposer />)
    expect([...offered()].sort()).toEqual([...chosen!].sort())
    expect(offered()).toContain('wan2.5-i2v')
    expect(offered()).not.toContain('veo2')
    expect(offered()).toContain('hailuo-02')
  })

  it('shows a price only for the relay and key it was asked with: typing another key hides it', async () => {
    const user = userEvent.setup()
    renderWithProviders(<SettingsDialog />)
    await fillRelay(user, sim().url)
    const models = screen.getByRole('group', { name: 'Models' })
    await user.click(within(models).getByRole('button', { name: 'Refresh models' }))
    const row = () => within(models).getByRole('checkbox', { name: 'veo3-frames' }).closest('li')!
    await waitFor(() => expect(row()).toHaveTextContent('1.00 per video'))
    await user.type(screen.getByLabelText('API key'), '-other')
    expect(within(models).queryByText(/per video/)).toBeNull()
    await user.click(within(models).getByRole('button', { name: 'Refresh models' }))
    await waitFor(() => expect(row()).toHaveTextContent('1.00 per video'))
  })

  it('keeps the built-in list, and says so quietly, when the relay does not list its models', async () => {
    const bare = await startSimulator({
      port: 0,
      mediaDir: resolve('simulator/media'),
      defaults: { models: '404', pricing: 'html' },
    })
    try {
      const user = userEvent.setup()
      renderWithProviders(<SettingsDialog />)
      await fillRelay(user, bare.url)
      const models = screen.getByRole('group', { name: 'Models' })
      await user.click(within(models).getByRole('button', { name: 'Refresh models' }))
      expect(
        await within(models).findByText(/This relay does not list its models/),
      ).toBeInTheDocument()
      expect(
        within(models)
          .getAllByRole('checkbox')
          .map((c) => c.getAttribute('id')),
      ).toHaveLength(2)
      expect(within(models).getByRole('checkbox', { name: 'sora-2' })).toBeChecked()
    } finally {
      await bare.close()
    }
  })
})
