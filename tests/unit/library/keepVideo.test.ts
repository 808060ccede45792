import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { relay } from '../../../src/api/relay.ts'
import {
  forgetMissing,
  keepPlace,
  keepVideo,
  unkeep,
  type KeepDeps,
} from '../../../src/features/library/keepVideo.ts'
import { readEntry } from '../../../src/features/library/keptIndex.ts'
import { openAppDb } from '../../../src/lib/appDb.ts'
import { installLocks } from '../../fixtures/locks.ts'
import { memoryFiles } from '../../fixtures/memoryFiles.ts'

const clip = readFileSync('simulator/media/square.mp4')
const LINK = 'https://cdn.example.com/v/clip.mp4'
let files: ReturnType<typeof memoryFiles>
let served: number
let uninstall: () => void = () => {}

/** A CDN answering with `body` and the headers given, counting what it serves. */
const deps = (body: () => Response): KeepDeps => ({
  files,
  client: relay,
  credentials: () => null,
  capBytes: () => null,
  fetch: () => {
    served++
    return Promise.resolve(body())
  },
})
const job = (localId: string) => ({ localId, relay: 'r', remoteId: 'task_1', url: LINK })

beforeEach(() => {
  files = memoryFiles()
  keepPlace.files = files
  keepPlace.supported = () => true
  served = 0
})
afterEach(() => uninstall())

describe('keepVideo', () => {
  it('two tabs keeping the same task at once: one download, one copy', async () => {
    uninstall = installLocks()
    const whole = () => new Response(clip, { headers: { 'content-length': String(clip.length) } })
    const [a, b] = await Promise.all([
      keepVideo(job('twice'), deps(whole)),
      keepVideo(job('twice'), deps(whole)),
    ])
    expect(a).toMatchObject({ state: 'kept', size: clip.length })
    expect(b).toEqual(a)
    expect(served).toBe(1)
    expect(files.names()).toEqual(['twice.mp4'])
  })

  it('a body shorter than its announced length is not kept', async () => {
    const cut = () =>
      new Response(clip.subarray(0, clip.length / 2), {
        headers: { 'content-length': String(clip.length) },
      })
    expect(await keepVideo(job('cut'), deps(cut))).toMatchObject({
      state: 'notKept',
      reason: 'truncated',
    })
    expect(files.names()).toEqual([])
  })

  it('a WebM is kept as a WebM; a JPEG is no video', async () => {
    const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1, 2, 3, 4])
    expect(
      await keepVideo(
        job('w'),
        deps(() => new Response(webm)),
      ),
    ).toMatchObject({
      state: 'kept',
      type: 'video/webm',
      name: 'w.webm',
    })
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])
    expect(
      await keepVideo(
        job('j'),
        deps(() => new Response(jpeg)),
      ),
    ).toMatchObject({
      state: 'notKept',
      reason: 'notVideo',
    })
    expect(files.names()).toEqual(['w.webm'])
  })

  it('a host that stalls mid-file is given up after 30 s of silence: the task’s turn ends, nothing is kept', async () => {
    // The database opened first: fake-indexeddb schedules its own work with timers.
    await openAppDb()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const stalled = () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start: (c) => c.enqueue(clip.subarray(0, 4096)), // then nothing, for ever
          }),
        )
      const result = keepVideo(job('stall'), deps(stalled))
      await vi.advanceTimersByTimeAsync(30_000)
      expect(await result).toMatchObject({ state: 'notKept' })
      expect(files.names()).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })

  it('a browser that cannot keep files says so and downloads nothing', async () => {
    keepPlace.supported = () => false
    expect(
      await keepVideo(
        job('x'),
        deps(() => new Response(clip)),
      ),
    ).toMatchObject({
      state: 'notKept',
      reason: 'unsupported',
    })
    expect(served).toBe(0)
  })

  it('a copy removed on purpose stays removed while a window finds its file gone meanwhile', async () => {
    uninstall = installLocks()
    const whole = () => new Response(clip, { headers: { 'content-length': String(clip.length) } })
    await keepVideo(job('gone'), deps(whole))
    // A player opening the file just after it was removed, before its entry says so.
    const remove = files.remove
    let racing = Promise.resolve()
    files.remove = (name) =>
      remove(name).then(() => {
        racing = forgetMissing('gone', name)
      })
    await unkeep('gone')
    await racing
    expect(await readEntry('gone')).toMatchObject({ state: 'notKept', reason: 'removed' })
  })

  it('a kept file the browser evicted is forgotten, so that it is kept again', async () => {
    const whole = () => new Response(clip, { headers: { 'content-length': String(clip.length) } })
    await keepVideo(job('evicted'), deps(whole))
    await files.remove('evicted.mp4')
    await forgetMissing('evicted', 'evicted.mp4')
    expect(await readEntry('evicted')).toBeUndefined()
  })
})
