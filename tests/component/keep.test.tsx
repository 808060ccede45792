import 'fake-indexeddb/auto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import KeepFinished from '../../src/app/KeepFinished.tsx'
import { relay } from '../../src/api/relay.ts'
import { keepPlace, keepVideo } from '../../src/features/library/keepVideo.ts'
import { TaskBody } from '../../src/features/tasks/TaskBody.tsx'
import { TaskPollers } from '../../src/features/tasks/TaskPollers.tsx'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { memoryFiles } from '../fixtures/memoryFiles.ts'
import { connect, renderWithProviders, setupSimulator, showNewTask } from './harness.tsx'

const sim = setupSimulator(0.05)
const files = memoryFiles()
const landscape = readFileSync('simulator/media/landscape.mp4')
beforeAll(() => {
  keepPlace.files = files
  keepPlace.supported = () => true
})

/** What the app mounts beside the windows: the pollers record outcomes, the keeper keeps. */
const Keeping = () => (
  <>
    <TaskPollers />
    <KeepFinished />
  </>
)

const linkOf = (id: string) => useTasksStore.getState().tasks[id]?.outcome?.videoUrl ?? ''
const kept = async (id: string) => {
  const file = await files.open(`${id}.mp4`)
  return file ? Buffer.from(await file.arrayBuffer()) : null
}

describe('finished videos kept in the browser', () => {
  it('keeps a finished video, says so, and plays it from the browser after its link has died', async () => {
    connect(sim().url, 'sk-sim-keep')
    const { id } = showNewTask({
      model: 'sora-2',
      prompt: 'A lighthouse [sim queue=0 len=1 linkttl=100]',
    })
    renderWithProviders(<Keeping />)
    expect(
      await screen.findByText(/^Kept in this browser \(0\.\d MB\)/, {}, { timeout: 10_000 }),
    ).toBeVisible()
    expect((await kept(id))?.equals(landscape)).toBe(true)

    await waitFor(async () => expect((await fetch(linkOf(id))).status).toBe(403), {
      timeout: 10_000,
      interval: 500,
    })
    cleanup() // the window closed; opened again later, the link is dead by now
    renderWithProviders(<TaskBody localId={id} />)
    const video = await screen.findByLabelText('Generated video')
    expect(video.getAttribute('src')).toMatch(/^blob:/)
    expect(screen.getByText(/^Kept in this browser/)).toBeVisible()
    expect(screen.queryByText(/no longer loads/)).toBeNull()
  }, 20_000)

  it('a link already dead: the relay’s own content route gives the file, with the key', async () => {
    connect(sim().url, 'sk-sim-keep-late')
    const { id } = showNewTask({
      model: 'sora-2',
      prompt: 'A pier [sim queue=0 len=1 linkttl=0.01]',
    })
    renderWithProviders(<Keeping />)
    expect(await screen.findByText(/^Kept in this browser/, {}, { timeout: 10_000 })).toBeVisible()
    expect((await fetch(linkOf(id))).status).toBe(403)
    expect((await kept(id))?.equals(landscape)).toBe(true)
  }, 20_000)

  it('another relay’s task with a dead link waits for its relay’s key, says so, and is kept once its relay is set again', async () => {
    connect(sim().url, 'sk-sim-keep-other')
    const { id } = showNewTask({
      model: 'sora-2',
      prompt: 'A dune [sim queue=0 len=1 linkttl=0.01]',
    })
    renderWithProviders(<TaskPollers />)
    await waitFor(() => expect(linkOf(id)).not.toBe(''), { timeout: 10_000 })
    expect(await screen.findByLabelText('Generated video', {}, { timeout: 10_000 })).toBeVisible()
    // The settings now point elsewhere: this relay's key must not go to the task's relay.
    connect('https://relay.elsewhere.example', 'sk-other')
    renderWithProviders(<KeepFinished />)
    expect(
      await screen.findByText(
        /^Not kept yet: the relay set now is not this video’s/,
        {},
        {
          timeout: 10_000,
        },
      ),
    ).toBeVisible()
    expect(await kept(id)).toBeNull()
    // Its relay set again: the relay's own content route, with its key, gives the file.
    connect(sim().url, 'sk-sim-keep-other')
    expect(await screen.findByText(/^Kept in this browser/, {}, { timeout: 10_000 })).toBeVisible()
    expect((await kept(id))?.equals(landscape)).toBe(true)
  }, 20_000)
})

describe('making room', () => {
  it('a copy removed from the browser is not kept again unasked; asked, it is', async () => {
    connect(sim().url, 'sk-sim-keep-room')
    const { id } = showNewTask({ model: 'sora-2', prompt: 'A quay [sim queue=0 len=1]' })
    renderWithProviders(<Keeping />)
    const user = userEvent.setup()
    await user.click(
      await screen.findByRole('button', { name: 'Remove from this browser' }, { timeout: 10_000 }),
    )
    expect(
      await screen.findByText('Not kept in the browser: download it while the link lasts.'),
    ).toBeVisible()
    expect(await kept(id)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Try keeping it again' }))
    expect(await screen.findByText(/^Kept in this browser/, {}, { timeout: 10_000 })).toBeVisible()
    expect((await kept(id))?.equals(landscape)).toBe(true)
  }, 20_000)
})

describe('what is never marked kept', () => {
  let server: Server
  let base = ''
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/page.mp4') {
        res.writeHead(200, { 'Content-Type': 'video/mp4' })
        return res.end('<!doctype html><title>Login</title>'.repeat(20))
      }
      // Announces the whole clip, sends half of it, and hangs up.
      res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': landscape.length })
      res.write(landscape.subarray(0, landscape.length / 2), () => res.destroy())
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))

  const keep = (localId: string, url: string) =>
    keepVideo(
      { localId, relay: 'elsewhere', remoteId: 'task_x', url },
      {
        files,
        client: relay,
        credentials: () => null,
        capBytes: () => null,
        fetch: (...args) => globalThis.fetch(...args),
      },
    )

  it('a page where a video was due', async () => {
    expect(await keep('page', `${base}/page.mp4`)).toMatchObject({
      state: 'notKept',
      reason: 'notVideo',
    })
    expect(files.names()).not.toContain('page.mp4')
  })

  it('a file cut short of its announced length', async () => {
    expect(await keep('short', `${base}/short.mp4`)).toMatchObject({ state: 'notKept' })
    expect(files.names()).not.toContain('short.mp4')
  })

  it('a file over the size the user keeps', async () => {
    const entry = await keepVideo(
      { localId: 'big', relay: 'x', remoteId: 't', url: `${sim().url}/media/landscape.mp4` },
      {
        files,
        client: relay,
        credentials: () => null,
        capBytes: () => 1000,
        fetch: (...args) => globalThis.fetch(...args),
      },
    )
    expect(entry).toMatchObject({ state: 'notKept', reason: 'tooLarge' })
    expect(files.names()).not.toContain('big.mp4')
  })
})
