import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { relayId } from '../../src/api/relayId.ts'
import LibraryView from '../../src/features/gallery/LibraryView.tsx'
import { useKeptStore } from '../../src/features/library/keptStore.ts'
import type { TaskRecord } from '../../src/features/tasks/taskRecord.ts'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { connect, renderWithProviders, setupSimulator } from './harness.tsx'

const lines: string[] = []
const sim = setupSimulator(0.05, { log: (line) => lines.push(line) })
/** A relay that answers `?variant=thumbnail` with the video itself, as new-api does. */
const newApiLines: string[] = []
const newApi = setupSimulator(0.05, { log: (line) => newApiLines.push(line) })
const KEY = 'sk-sim-posters'

/** A finished task on the simulator whose result lives on its content route (not kept here). */
async function finishedTask(prompt: string, relay = sim()): Promise<TaskRecord> {
  const res = await fetch(`${relay.url}/v2/videos/generations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      model: 'sora-2',
      prompt: `${prompt} [sim queue=0 len=0 result=private]`,
    }),
  })
  const { task_id: id } = (await res.json()) as { task_id: string }
  return {
    localId: id,
    relay: relayId(relay.url),
    body: { model: 'sora-2', prompt },
    frame: { aspect: '16:9', hd: false, seconds: 10 },
    imageCount: 0,
    createdAt: Date.now(),
    phase: 'created',
    remoteId: id,
    outcome: {
      id,
      status: 'succeeded',
      progress: 100,
      videoUrl: `${relay.url}/v1/videos/${encodeURIComponent(id)}/content`,
      failure: null,
    },
  }
}

function show(records: TaskRecord[], relay = sim()) {
  connect(relay.url, KEY)
  useTasksStore.setState({ tasks: Object.fromEntries(records.map((r) => [r.localId, r])) })
  useKeptStore.setState({ loaded: true, entries: {} })
  renderWithProviders(<LibraryView onOpen={() => {}} onReused={() => {}} />)
}

const thumbnailAsks = () => lines.filter((l) => l.includes('/content') && l.startsWith('GET'))
const picture = (prompt: string) =>
  screen.getByRole('article', { name: prompt }).querySelector('img')

describe('the relay’s poster for a video not kept here', () => {
  it('shows the thumbnail a relay serves, once its bytes are an image', async () => {
    const task = await finishedTask('A kite over dunes [sim thumb=image]')
    task.body.prompt = 'A kite over dunes'
    show([task])
    await waitFor(() => expect(picture('A kite over dunes')?.getAttribute('src')).toMatch(/^blob:/))
    // The card still says where the task stands, in words.
    expect(screen.getByRole('article', { name: 'A kite over dunes' })).toHaveTextContent(
      /Finished · Not kept/,
    )
  })

  it('a relay that answers with no image (a page labelled JPEG, or the video itself) is not asked again for other cards', async () => {
    lines.length = 0
    const fake = await finishedTask('A tram in fog [sim thumb=fake]')
    const second = await finishedTask('A bridge at noon [sim thumb=image]')
    fake.body.prompt = 'A tram in fog'
    second.body.prompt = 'A bridge at noon'
    fake.createdAt = Date.now() // newest first: the fake is the first card
    show([fake, second])
    await waitFor(() => expect(thumbnailAsks().length).toBeGreaterThan(0))
    await new Promise((r) => setTimeout(r, 300))
    // Only the first card's task was asked for (StrictMode's rehearsal may ask it twice).
    const asked = new Set(thumbnailAsks().map((l) => /videos\/([^/]+)\/content/.exec(l)?.[1]))
    expect([...asked]).toEqual([fake.remoteId])
    expect(picture('A tram in fog')).toBeNull()
    expect(picture('A bridge at noon')).toBeNull()
  })

  it('a relay that sends the video for its thumbnail gets a card with words, not a picture', async () => {
    const task = await finishedTask('A heron at dusk', newApi())
    show([task], newApi())
    const card = within(screen.getByRole('article', { name: 'A heron at dusk' }))
    // Asked (and the answer, a video, dropped after its first bytes): no picture from it.
    await waitFor(() => expect(newApiLines.filter((l) => l.includes('/content'))).not.toEqual([]))
    await new Promise((r) => setTimeout(r, 300))
    expect(picture('A heron at dusk')).toBeNull()
    expect(card.getByText('Finished', { selector: 'p' })).toBeVisible()
  })
})
