import 'fake-indexeddb/auto'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import KeepFinished from '../../src/app/KeepFinished.tsx'
import { keepPlace } from '../../src/features/library/keepVideo.ts'
import { useKeptStore } from '../../src/features/library/keptStore.ts'
import SettingsDialog from '../../src/features/settings/SettingsDialog.tsx'
import { TaskPollers } from '../../src/features/tasks/TaskPollers.tsx'
import { memoryFiles } from '../fixtures/memoryFiles.ts'
import { connect, renderWithProviders, setupSimulator, showNewTask } from './harness.tsx'

const sim = setupSimulator(0.05)
const files = memoryFiles()
beforeAll(() => {
  keepPlace.files = files
  keepPlace.supported = () => true
})

/** The browser's StorageManager as a test wants it; jsdom has none. */
function storageManager(persistAnswer: boolean, persisted = false) {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      estimate: () => Promise.resolve({ usage: 12 * 1_048_576, quota: 2 * 1_073_741_824 }),
      persisted: () => Promise.resolve(persisted),
      persist: () => Promise.resolve(persistAnswer),
    },
  })
}
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage')
})

const section = () => screen.getByRole('group', { name: 'Videos kept in this browser' })

describe('keeping videos, as the settings say', () => {
  it('is on by default; turned off and saved, a finished video is not kept', async () => {
    storageManager(false)
    connect(sim().url, 'sk-sim-keep-off')
    const user = userEvent.setup()
    const dialog = renderWithProviders(<SettingsDialog />)
    const keep = within(section()).getByRole('checkbox', {
      name: 'Keep each finished video in this browser',
    })
    expect(keep).toBeChecked()
    await user.click(keep)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    dialog.unmount()

    const { id } = showNewTask({ model: 'sora-2', prompt: 'A gull [sim queue=0 len=1]' })
    renderWithProviders(
      <>
        <TaskPollers />
        <KeepFinished />
      </>,
    )
    expect(await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })).toBeVisible()
    await waitFor(() => expect(useKeptStore.getState().loaded).toBe(true))
    expect(screen.queryByText(/Kept in this browser|Keeping a copy/)).toBeNull()
    expect(files.names()).not.toContain(`${id}.mp4`)

    // Turned on again, the same finished video is kept: the switch is what held it back.
    const again = renderWithProviders(<SettingsDialog />)
    await user.click(within(section()).getByRole('checkbox', { name: /^Keep each/ }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    again.unmount()
    expect(await screen.findByText(/^Kept in this browser/, {}, { timeout: 10_000 })).toBeVisible()
    expect(files.names()).toContain(`${id}.mp4`)
  }, 30_000)

  it('says the space used and free as the browser estimates it, and what persisting got', async () => {
    storageManager(false)
    renderWithProviders(<SettingsDialog />)
    expect(
      await within(section()).findByText(
        'About 12.0 MB used, about 2.0 GB free (the browser’s estimate).',
      ),
    ).toBeVisible()
    await userEvent
      .setup()
      .click(within(section()).getByRole('button', { name: 'Ask the browser not to clear them' }))
    expect(await within(section()).findByRole('status')).toHaveTextContent(
      'The browser may clear kept videos when the disk runs low: download the ones you need.',
    )
  })

  it('when the browser grants it, says they stay', async () => {
    storageManager(true)
    renderWithProviders(<SettingsDialog />)
    await userEvent
      .setup()
      .click(within(section()).getByRole('button', { name: 'Ask the browser not to clear them' }))
    expect(await within(section()).findByRole('status')).toHaveTextContent(
      'The browser will not clear them unless you clear this site’s data.',
    )
  })
})
