import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useSettingsStore } from '../../src/api/settingsStore.ts'
import { PromptComposer } from '../../src/features/composer/PromptComposer.tsx'
import SettingsDialog from '../../src/features/settings/SettingsDialog.tsx'
import { renderWithProviders } from './harness.tsx'

describe('the model list in settings', () => {
  it('adds and removes ids beyond the built-in ones, and the composer offers them', async () => {
    const user = userEvent.setup()
    const view = renderWithProviders(<SettingsDialog />)
    const models = screen.getByRole('group', { name: 'Models' })
    expect(within(models).getByText('sora-2')).toBeInTheDocument()
    expect(within(models).getByText('sora-2-pro')).toBeInTheDocument()
    await user.type(within(models).getByLabelText('Model id'), 'veo3.1{Enter}')
    await user.type(within(models).getByLabelText('Model id'), 'wan2.5-t2v')
    await user.click(within(models).getByRole('button', { name: 'Add' }))
    await user.click(within(models).getByRole('button', { name: 'Remove wan2.5-t2v' }))
    await user.type(screen.getByLabelText('Base URL'), 'https://relay.example.com')
    await user.type(screen.getByLabelText('API key'), 'sk-live-123456')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(useSettingsStore.getState().extraModels).toEqual(['veo3.1'])
    view.unmount()
    renderWithProviders(<PromptComposer />)
    const options = within(screen.getByLabelText('Model'))
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options).toEqual(['sora-2', 'sora-2-pro', 'veo3.1'])
  })
})
