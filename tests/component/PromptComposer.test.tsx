import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { relayId } from '../../src/api/relayId.ts'
import { useComposerStore } from '../../src/features/composer/composerStore.ts'
import { imagesActions } from '../../src/features/composer/imagesStore.ts'
import { PromptComposer } from '../../src/features/composer/PromptComposer.tsx'
import { useSettingsStore } from '../../src/features/settings/settingsStore.ts'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { reloadStore } from '../fixtures/stores.ts'
import { connect, receivedCreates, renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator()
const tasks = () => Object.values(useTasksStore.getState().tasks)

describe('PromptComposer', () => {
  it('sends exactly the chosen parameters, duration as a string', async () => {
    connect(sim().url, 'sk-sim-exact')
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(screen.getByLabelText('Prompt'), 'A glass whale over a desert')
    await user.selectOptions(screen.getByLabelText('Model'), 'sora-2-pro')
    await user.selectOptions(screen.getByLabelText('Duration'), '15')
    await user.click(screen.getByLabelText('9:16 portrait'))
    await user.click(screen.getByLabelText('HD'))
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    await waitFor(() => expect(tasks()[0]?.phase).toBe('created'))
    const received = await receivedCreates(sim().url, 'sk-sim-exact')
    expect(received.map((r) => r.body)).toEqual([
      {
        model: 'sora-2-pro',
        prompt: 'A glass whale over a desert',
        aspect_ratio: '9:16',
        duration: '15',
        hd: true,
      },
    ])
  })

  it('a text-only model (wan2.2-t2v) offers no image slot; an image model does', async () => {
    connect(sim().url, 'sk-sim-t2v')
    useSettingsStore.getState().actions.saved({
      chosenModels: { [relayId(sim().url)]: ['sora-2', 'wan2.2-t2v'] },
    })
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    expect(screen.getByRole('group', { name: /Reference images/ })).toBeVisible()
    await user.selectOptions(screen.getByLabelText('Model'), 'wan2.2-t2v')
    expect(screen.queryByRole('group', { name: /Reference images|images/i })).toBeNull()
    expect(screen.getByLabelText('Duration')).toBeVisible()
  })

  it('sends a model no profile knows with the prompt alone', async () => {
    connect(sim().url, 'sk-sim-generic')
    // Offered for this relay because the user chose it in the settings' model list.
    useSettingsStore.getState().actions.saved({
      chosenModels: { [relayId(sim().url)]: ['sora-2', 'veo9-experimental'] },
    })
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.selectOptions(screen.getByLabelText('Model'), 'veo9-experimental')
    expect(
      screen.getByText(
        'The app has no settings for this model: the prompt, the images and any extra fields below are sent.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByLabelText('Duration')).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Prompt'), 'A lantern')
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    await waitFor(() => expect(tasks()[0]?.phase).toBeDefined())
    expect(tasks()[0]?.body).toEqual({ model: 'veo9-experimental', prompt: 'A lantern' })
  })

  it('refuses an empty prompt inline and sends nothing', async () => {
    connect(sim().url, 'sk-sim-empty')
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(screen.getByLabelText('Prompt'), '   ')
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Write a prompt first.')
    expect(screen.getByLabelText('Prompt')).toHaveAttribute('aria-invalid', 'true')
    expect(tasks()).toHaveLength(0)
    expect(await receivedCreates(sim().url, 'sk-sim-empty')).toEqual([])
  })

  it('refuses a prompt over the limit, with the count in sight', async () => {
    connect(sim().url, 'sk-sim-long')
    renderWithProviders(<PromptComposer />)
    fireEvent.change(screen.getByLabelText('Prompt'), { target: { value: 'x'.repeat(4001) } })
    expect(screen.getByText('4001 / 4000 characters')).toBeInTheDocument()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Generate' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The prompt is too long: at most 4000 characters.',
    )
    expect(tasks()).toHaveLength(0)
  })

  it('offers HD only on sora-2-pro, turns it off on sora-2, and remembers it per model', async () => {
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    const hd = () => screen.getByLabelText('HD')
    expect(hd()).toBeDisabled()
    expect(hd()).toHaveAccessibleDescription('HD needs sora-2-pro: with sora-2 it is off.')
    await user.selectOptions(screen.getByLabelText('Model'), 'sora-2-pro')
    expect(hd()).toBeEnabled()
    await user.click(hd())
    expect(hd()).toBeChecked()
    await user.selectOptions(screen.getByLabelText('Model'), 'sora-2')
    expect(hd()).not.toBeChecked()
    expect(hd()).toBeDisabled()
    // each model keeps its own last parameters: back on pro, HD is on again
    await user.selectOptions(screen.getByLabelText('Model'), 'sora-2-pro')
    expect(hd()).toBeChecked()
  })

  it('remembers the last parameters and the draft across a reload', async () => {
    const user = userEvent.setup()
    const view = renderWithProviders(<PromptComposer />)
    await user.selectOptions(screen.getByLabelText('Model'), 'sora-2-pro')
    await user.selectOptions(screen.getByLabelText('Duration'), '25')
    await user.click(screen.getByLabelText('9:16 portrait'))
    await user.type(screen.getByLabelText('Prompt'), 'Half-written idea')
    view.unmount()
    await reloadStore(useComposerStore)
    renderWithProviders(<PromptComposer />)
    expect(screen.getByLabelText('Model')).toHaveValue('sora-2-pro')
    expect(screen.getByLabelText('Duration')).toHaveValue('25')
    expect(screen.getByLabelText('9:16 portrait')).toBeChecked()
    expect(screen.getByLabelText('Prompt')).toHaveValue('Half-written idea')
  })

  it('submits with Ctrl+Enter; a double click creates one task, a changed prompt another', async () => {
    connect(sim().url, 'sk-sim-double')
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(
      screen.getByLabelText('Prompt'),
      'Fireflies in a jar{Control>}{Enter}{/Control}',
    )
    await waitFor(() => expect(tasks()).toHaveLength(1))
    await user.dblClick(screen.getByRole('button', { name: 'Generate' }))
    await user.keyboard('{Control>}{Enter}{/Control}')
    await waitFor(() => expect(tasks().every((t) => t.phase === 'created')).toBe(true))
    expect(tasks()).toHaveLength(1)
    await user.type(screen.getByLabelText('Prompt'), ' at dusk{Control>}{Enter}{/Control}')
    await waitFor(() => expect(tasks()).toHaveLength(2))
    await waitFor(async () =>
      expect(await receivedCreates(sim().url, 'sk-sim-double')).toHaveLength(2),
    )
  })

  it('keeps the last prompts and examples one click away', async () => {
    connect(sim().url, 'sk-sim-recent')
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(screen.getByLabelText('Prompt'), 'A snail on a leaf')
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    await user.clear(screen.getByLabelText('Prompt'))
    await user.click(screen.getByText('Starting points'))
    await user.click(screen.getByRole('button', { name: 'A snail on a leaf' }))
    expect(screen.getByLabelText('Prompt')).toHaveValue('A snail on a leaf')
    await user.click(screen.getByRole('button', { name: /^A rainy neon city street/ }))
    expect(screen.getByLabelText('Prompt')).toHaveValue(
      'A rainy neon city street at night, reflections on wet asphalt, slow dolly forward, cinematic',
    )
  })

  it('asks for settings when no relay is set up', async () => {
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(screen.getByLabelText('Prompt'), 'A cat')
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Set a relay base URL and API key in Settings first.',
    )
    expect(tasks()).toHaveLength(0)
  })
})

describe('reference images', () => {
  it('on a model switch, says what changed and holds back images the new model cannot take', async () => {
    connect(sim().url, 'sk-sim-switch')
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    const link = screen.getByLabelText('Image link (https)')
    await user.type(link, 'https://example.com/a.jpg{Enter}')
    await user.type(link, 'https://example.com/b.jpg{Enter}')
    await screen.findByRole('option', { name: /grok-video-3/ })
    await user.selectOptions(screen.getByLabelText('Model'), 'grok-video-3')
    expect(
      screen.getByText('Changed for grok-video-3: Aspect ratio → 3:2 landscape.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This model takes at most 1 images: remove the extra ones to generate.',
    )
    await user.type(screen.getByLabelText('Prompt'), 'Two refs on Grok')
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    expect(tasks()).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Remove image 2' }))
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    await waitFor(() => expect(tasks()).toHaveLength(1))
    expect(tasks()[0]?.body).toStrictEqual({
      model: 'grok-video-3',
      prompt: 'Two refs on Grok',
      ratio: '3:2',
      duration: 10,
      resolution: '720P',
      images: ['https://example.com/a.jpg'],
    })
  })

  it('takes only https links, and sends them in order', async () => {
    connect(sim().url, 'sk-sim-links')
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    const link = screen.getByLabelText('Image link (https)')
    await user.type(link, 'http://example.com/a.jpg{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('Only https links can be sent')
    await user.clear(link)
    await user.type(link, 'not a url{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('That is not a web address.')
    await user.clear(link)
    await user.type(link, 'https://example.com/a.jpg{Enter}')
    await user.type(link, 'https://example.com/b.jpg{Enter}')
    const list = screen.getByRole('list', { name: /Reference images/ })
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Move image 2 earlier' }))
    await user.type(screen.getByLabelText('Prompt'), 'Two frames')
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    await waitFor(() => expect(tasks()).toHaveLength(1))
    expect(tasks()[0]?.body.images).toEqual([
      'https://example.com/b.jpg',
      'https://example.com/a.jpg',
    ])
    await user.click(screen.getByRole('button', { name: 'Remove image 1' }))
    expect(within(list).getAllByRole('listitem')).toHaveLength(1)
  })

  it('will not generate while an image is still being prepared', async () => {
    connect(sim().url, 'sk-sim-preparing')
    imagesActions().added([
      { id: 'i1', source: { kind: 'url', url: 'https://x.test/a.png' }, status: 'preparing' },
    ])
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    await user.type(screen.getByLabelText('Prompt'), 'Wait for it')
    await user.click(screen.getByRole('button', { name: 'Generate' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Images are still being prepared')
    expect(tasks()).toHaveLength(0)
  })

  it('takes at most the model’s number of images, and says so', async () => {
    const user = userEvent.setup()
    renderWithProviders(<PromptComposer />)
    const link = screen.getByLabelText('Image link (https)')
    for (const n of [1, 2, 3, 4, 5]) await user.type(link, `https://example.com/${n}.jpg{Enter}`)
    expect(
      within(screen.getByRole('list', { name: /Reference images/ })).getAllByRole('listitem'),
    ).toHaveLength(4)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'At most 4 images: the rest were not added.',
    )
  })
})
