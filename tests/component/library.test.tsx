import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import LibraryView from '../../src/features/gallery/LibraryView.tsx'
import { useComposerStore } from '../../src/features/composer/composerStore.ts'
import { useKeptStore } from '../../src/features/library/keptStore.ts'
import { loadTasks, useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import type { TaskRecord } from '../../src/features/tasks/taskRecord.ts'
import { RemixForm } from '../../src/features/tasks/RemixForm.tsx'
import { TaskBody } from '../../src/features/tasks/TaskBody.tsx'
import { keepPlace } from '../../src/features/library/keepVideo.ts'
import { memoryFiles } from '../fixtures/memoryFiles.ts'
import { resetStores, storedTasks } from '../fixtures/stores.ts'
import { renderWithProviders } from './harness.tsx'

const MINUTE = 60_000
const record = (localId: string, prompt: string, change: Partial<TaskRecord> = {}): TaskRecord => ({
  localId,
  relay: 'r',
  body: { model: 'sora-2', prompt, seconds: '10', size: '1280x720' },
  frame: { aspect: '16:9', hd: false, seconds: 10 },
  imageCount: 0,
  createdAt: Date.now() - MINUTE,
  phase: 'created',
  remoteId: `remote-${localId}`,
  outcome: {
    id: `remote-${localId}`,
    status: 'succeeded',
    progress: 100,
    videoUrl: `https://cdn.example/${localId}.mp4`,
    failure: null,
  },
  ...change,
})

/** A library as months of use leave it: a Chinese prompt, a failure, a remix, a Veo task. */
async function seed() {
  await loadTasks()
  // The egret's video is kept (its file in the browser's files).
  keepPlace.files = memoryFiles()
  const writer = await keepPlace.files.create('egret.mp4')
  await writer.write(new Uint8Array(64))
  await writer.close()
  const tasks = [
    record('egret', '一只白鹭在稻田上低飞，晨雾', { createdAt: Date.now() - 4 * MINUTE }),
    record('tram', 'A tram crosses a bridge in snow', {
      createdAt: Date.now() - 3 * MINUTE,
      outcome: {
        id: 'remote-tram',
        status: 'failed',
        progress: null,
        videoUrl: null,
        failure: { kind: 'prompt_review', reason: 'no' },
      },
    }),
    record('night', 'now at night', {
      createdAt: Date.now() - 2 * MINUTE,
      remixOf: { localId: 'egret', remoteId: 'remote-egret', prompt: '一只白鹭在稻田上低飞，晨雾' },
    }),
    record('veo', 'A lighthouse in fog', {
      body: { model: 'veo3.1-fast', prompt: 'A lighthouse in fog', aspect_ratio: '9:16' },
      frame: { aspect: '9:16', hd: false, seconds: 8 },
      imageCount: 2,
    }),
  ]
  useTasksStore.setState({ tasks: Object.fromEntries(tasks.map((r) => [r.localId, r])) })
  useKeptStore.setState({
    loaded: true,
    entries: {
      egret: {
        localId: 'egret',
        state: 'kept',
        name: 'egret.mp4',
        size: 3 * 1_048_576,
        type: 'video/mp4',
        at: 1,
      },
    },
  })
}

const cards = () => within(screen.getByRole('list', { name: 'Library' })).queryAllByRole('article')
const names = () => cards().map((c) => c.getAttribute('aria-label'))

afterEach(resetStores)

describe('the library view', () => {
  it('finds by any run of a Chinese prompt, filters by model, status and favourite, and clears', async () => {
    await seed()
    renderWithProviders(<LibraryView onOpen={() => {}} onReused={() => {}} />)
    const user = userEvent.setup()
    expect(names()).toEqual([
      'A lighthouse in fog',
      'now at night',
      'A tram crosses a bridge in snow',
      '一只白鹭在稻田上低飞，晨雾',
    ])
    expect(screen.getByText('4 of 4 tasks')).toBeVisible()

    await user.type(screen.getByLabelText('Search prompts'), '稻田')
    expect(names()).toEqual(['一只白鹭在稻田上低飞，晨雾'])
    await user.clear(screen.getByLabelText('Search prompts'))

    await user.selectOptions(screen.getByLabelText('Status'), 'failed')
    expect(names()).toEqual(['A tram crosses a bridge in snow'])
    await user.selectOptions(screen.getByLabelText('Status'), 'any')
    await user.selectOptions(screen.getByLabelText('Model'), 'veo3.1-fast')
    expect(names()).toEqual(['A lighthouse in fog'])
    await user.selectOptions(screen.getByLabelText('Model'), '')
    await user.selectOptions(screen.getByLabelText('Kept in browser'), 'kept')
    expect(names()).toEqual(['一只白鹭在稻田上低飞，晨雾'])
    await user.selectOptions(screen.getByLabelText('Kept in browser'), 'any')

    // A favourite, and only favourites.
    const fog = within(screen.getByRole('article', { name: 'A lighthouse in fog' }))
    await user.click(fog.getByRole('button', { name: /Favourite/ }))
    expect(fog.getByRole('button', { name: /Favourite/ })).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByLabelText('Favourites only'))
    expect(names()).toEqual(['A lighthouse in fog'])
    expect((await storedTasks()).veo).toMatchObject({ favourite: true })

    await user.type(screen.getByLabelText('Search prompts'), 'nothing like this')
    expect(screen.getByText('No task matches these filters.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(names()).toHaveLength(4)
  })

  it('sorts by size kept and by oldest', async () => {
    await seed()
    renderWithProviders(<LibraryView onOpen={() => {}} onReused={() => {}} />)
    const user = userEvent.setup()
    await user.selectOptions(screen.getByLabelText('Sort by'), 'size')
    expect(names()[0]).toBe('一只白鹭在稻田上低飞，晨雾')
    await user.selectOptions(screen.getByLabelText('Sort by'), 'oldest')
    expect(names()).toEqual([
      '一只白鹭在稻田上低飞，晨雾',
      'A tram crosses a bridge in snow',
      'now at night',
      'A lighthouse in fog',
    ])
  })

  it('lineage: a remix shows its source, the source lists its remixes, one click each way', async () => {
    await seed()
    renderWithProviders(<LibraryView onOpen={() => {}} onReused={() => {}} />)
    const user = userEvent.setup()
    const egret = within(screen.getByRole('article', { name: '一只白鹭在稻田上低飞，晨雾' }))
    await user.click(egret.getByRole('button', { name: 'Its remixes (1)' }))
    expect(names()).toEqual(['now at night'])
    expect(screen.getByText(/^Remixes of: 一只白鹭/)).toBeVisible()
    const remix = within(screen.getByRole('article', { name: 'now at night' }))
    await user.click(remix.getByRole('button', { name: /^Remix of: 一只白鹭/ }))
    expect(names()).toHaveLength(4)
    await waitFor(() =>
      expect(screen.getByRole('article', { name: '一只白鹭在稻田上低飞，晨雾' })).toHaveFocus(),
    )
  })

  it('Reuse puts prompt, model and values in the composer and says the images were not kept', async () => {
    await seed()
    let reused = 0
    renderWithProviders(<LibraryView onOpen={() => {}} onReused={() => reused++} />)
    const fog = within(screen.getByRole('article', { name: 'A lighthouse in fog' }))
    await userEvent.click(fog.getByRole('button', { name: 'Reuse' }))
    expect(reused).toBe(1)
    const composer = useComposerStore.getState()
    expect(composer).toMatchObject({
      model: 'veo3.1-fast',
      prompt: 'A lighthouse in fog',
      reusedImagesMissing: 2,
    })
    expect(composer.valuesByModel['veo3.1-fast']).toMatchObject({ aspect: '9:16' })
  })

  it('picks several (Shift for a range) and deletes them at once, after asking, from storage too', async () => {
    await seed()
    renderWithProviders(<LibraryView onOpen={() => {}} onReused={() => {}} />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('Select: A lighthouse in fog'))
    await user.keyboard('{Shift>}')
    await user.click(screen.getByLabelText('Select: A tram crosses a bridge in snow'))
    await user.keyboard('{/Shift}')
    const bar = within(screen.getByRole('toolbar', { name: 'Selection' }))
    expect(bar.getByText('3 selected')).toBeVisible()
    await user.click(bar.getByRole('button', { name: 'Delete selected' }))
    const ask = screen.getByRole('dialog', { name: 'Delete 3 tasks?' })
    expect(within(ask).getByText('They are removed from this browser.')).toBeVisible()
    expect(within(ask).getByText('Any copy on the relay is not touched.')).toBeVisible()
    await user.click(within(ask).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(names()).toEqual(['一只白鹭在稻田上低飞，晨雾']))
    // The message comes once the kept files are freed too, a moment after the cards go.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 tasks deleted.'))
    expect(Object.keys(await storedTasks())).toEqual(['egret'])
    expect(screen.queryByText('3 selected')).toBeNull()
  })

  it('Download saves the kept file under its prompt; Remix opens the task with its remix form ready', async () => {
    await seed()
    const opened: string[] = []
    renderWithProviders(<LibraryView onOpen={(id) => opened.push(id)} onReused={() => {}} />)
    const user = userEvent.setup()
    const saved: { href: string; download: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ href: this.href, download: this.download })
    })
    const egret = within(screen.getByRole('article', { name: '一只白鹭在稻田上低飞，晨雾' }))
    await user.click(egret.getByRole('button', { name: 'Download' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]?.href).toMatch(/^blob:/)
    expect(saved[0]?.download).toBe('一只白鹭在稻田上低飞，晨雾.mp4')
    // A failed task has no video to save or remix.
    const tram = within(screen.getByRole('article', { name: 'A tram crosses a bridge in snow' }))
    expect(tram.queryByRole('button', { name: 'Download' })).toBeNull()
    expect(tram.queryByRole('button', { name: 'Remix' })).toBeNull()

    await user.click(egret.getByRole('button', { name: 'Remix' }))
    expect(opened).toEqual(['egret'])
    renderWithProviders(<RemixForm record={useTasksStore.getState().tasks.egret!} />)
    expect(await screen.findByLabelText('What should change?')).toHaveFocus()
  })

  it('a video file from the disk becomes an item with no relay task; a file that is neither is refused by name', async () => {
    await seed()
    renderWithProviders(<LibraryView onOpen={() => {}} onReused={() => {}} />)
    const user = userEvent.setup({ applyAccept: false })
    const clip = readFileSync('simulator/media/square.mp4')
    await user.upload(screen.getByLabelText('Import an archive or videos…'), [
      new File([clip], 'harbour at dawn.mp4', { type: 'video/mp4' }),
      new File(['<html>not a video</html>'], 'notes.mp4', { type: 'video/mp4' }),
    ])
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Added 1 video file(s) to the library.'),
    )
    expect(screen.getByRole('status')).toHaveTextContent(
      '“notes.mp4” is neither a zip archive nor an MP4 or WebM video. Nothing was imported from it.',
    )
    const card = within(screen.getByRole('article', { name: 'harbour at dawn' }))
    expect(screen.getByRole('article', { name: 'harbour at dawn' })).toHaveTextContent(
      /Imported file · .* · Finished · Kept · 0\.1 MB/,
    )
    // Nothing to reuse, copy or remix: it was never a request.
    for (const name of ['Reuse', 'Copy prompt', 'Remix'])
      expect(card.queryByRole('button', { name })).toBeNull()
    expect(card.getByRole('button', { name: 'Download' })).toBeVisible()

    // Stored as an item with no relay task, its bytes kept whole.
    const stored = Object.values(await storedTasks()).find(
      (r) => (r as TaskRecord).phase === 'local',
    ) as TaskRecord | undefined
    expect(stored).toMatchObject({ relay: '', made: { from: 'file', name: 'harbour at dawn.mp4' } })
    expect(stored?.remoteId).toBeUndefined()
    const entry = useKeptStore.getState().entries[stored?.localId ?? '']
    expect(entry).toMatchObject({ state: 'kept', size: clip.length })
    const file = entry?.state === 'kept' ? await keepPlace.files.open(entry.name) : null
    expect(file?.size).toBe(clip.length)

    // Its window plays the kept file: there is no link to fall back to.
    renderWithProviders(<TaskBody localId={stored?.localId ?? ''} />)
    expect(await screen.findByLabelText('Generated video')).toHaveAttribute(
      'src',
      expect.stringMatching(/^blob:/),
    )
    expect(screen.getByText(/^Imported from harbour at dawn\.mp4 · /)).toBeVisible()
  })
})
