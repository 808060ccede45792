/**
 * The main-thread side, with a stand-in Worker (jsdom has none): what is posted, how answers
 * are routed, aborting, and a worker that dies. The worker's own logic is pipeline.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_FILE_BYTES } from '../../../src/features/composer/images/limits.ts'
import {
  ImagePrepError,
  disposeImageWorker,
  prepareImage,
  type PreparedImage,
} from '../../../src/features/composer/images/prepareImage.ts'
import { frameBox } from '../../../src/profiles/frame.ts'
import type { ImageJob, WorkerAnswer } from '../../../src/features/composer/images/protocol.ts'

class FakeWorker {
  static instances: FakeWorker[] = []
  readonly url: string
  readonly options: WorkerOptions | undefined
  readonly posted: unknown[] = []
  terminated = false
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null

  constructor(url: URL | string, options?: WorkerOptions) {
    this.url = String(url)
    this.options = options
    FakeWorker.instances.push(this)
  }
  postMessage(message: unknown) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }

  // --- test side ---
  get jobs(): ImageJob[] {
    return this.posted.filter((m): m is ImageJob => (m as ImageJob).blob instanceof Blob)
  }
  reply(answer: WorkerAnswer) {
    this.onmessage?.(new MessageEvent('message', { data: answer }))
  }
  crash() {
    this.onerror?.(new Event('error', { cancelable: true }))
  }
}

const image: PreparedImage = {
  dataUrl: 'data:image/jpeg;base64,AAAA',
  type: 'image/jpeg',
  width: 960,
  height: 720,
  bytes: 3,
  thumbnail: 'data:image/jpeg;base64,BBBB',
  downscaledForBudget: false,
}
const opts = { box: frameBox({ aspect: '16:9', hd: false }), maxImages: 1 }
const file = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' })
const only = () => {
  expect(FakeWorker.instances).toHaveLength(1)
  return FakeWorker.instances[0] as FakeWorker
}
const reason = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: unknown) =>
      e instanceof ImagePrepError ? e.reason : `not an ImagePrepError: ${String(e)}`,
  )

beforeEach(() => {
  FakeWorker.instances = []
  vi.stubGlobal('Worker', FakeWorker)
})
afterEach(() => {
  disposeImageWorker()
  vi.unstubAllGlobals()
})

describe('prepareImage', () => {
  it('posts the frame and budget for the options, and resolves with the image', async () => {
    const blob = file()
    const p = prepareImage(blob, { box: frameBox({ aspect: '9:16', hd: true }), maxImages: 3 })
    const w = only()
    const [job] = w.jobs
    expect(job).toEqual({
      id: expect.any(String) as string,
      blob,
      maxWidth: 1080,
      maxHeight: 1920,
      maxDataUrlChars: 300_000,
    })
    w.reply({ id: job?.id ?? '', ok: true, ...image })
    await expect(p).resolves.toEqual(image) // without id and ok
  })

  it('creates one module worker from imageWorker.ts, lazily, and shares it', async () => {
    expect(FakeWorker.instances).toHaveLength(0)
    const a = prepareImage(file(), opts)
    const b = prepareImage(file(), { ...opts, box: frameBox({ aspect: '1:1', hd: false }) })
    const w = only()
    expect(w.url).toMatch(/imageWorker\.ts/)
    expect(w.options).toEqual({ type: 'module' })
    const [ja, jb] = w.jobs
    expect(ja?.id).not.toBe(jb?.id)
    expect(jb).toMatchObject({ maxWidth: 1280, maxHeight: 1280 })
    // Answers are matched by id, whatever their order.
    w.reply({ id: jb?.id ?? '', ok: true, ...image, width: 2 })
    w.reply({ id: ja?.id ?? '', ok: true, ...image, width: 1 })
    await expect(a).resolves.toMatchObject({ width: 1 })
    await expect(b).resolves.toMatchObject({ width: 2 })
  })

  it.each(['unsupported', 'too_large', 'too_many_pixels', 'unreadable'] as const)(
    'a refusal (%s) rejects with ImagePrepError',
    async (why) => {
      const p = prepareImage(file(), opts)
      const w = only()
      w.reply({ id: w.jobs[0]?.id ?? '', ok: false, reason: why })
      const error = await p.catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ImagePrepError)
      expect(error).toBeInstanceOf(Error)
      expect(error).toMatchObject({ name: 'ImagePrepError', reason: why })
    },
  )

  it('refuses a file over 40 MB at once, without a worker', async () => {
    const big = file()
    Object.defineProperty(big, 'size', { value: MAX_FILE_BYTES + 1 })
    expect(await reason(prepareImage(big, opts))).toBe('too_large')
    expect(FakeWorker.instances).toHaveLength(0)
  })

  it('abort: rejects at once, tells the worker, and drops the late answer', async () => {
    const ctrl = new AbortController()
    const p = prepareImage(file(), opts, ctrl.signal)
    const w = only()
    const id = w.jobs[0]?.id ?? ''
    ctrl.abort()
    expect(await reason(p)).toBe('aborted')
    expect(w.posted.at(-1)).toEqual({ id, cancel: true })
    expect(() => w.reply({ id, ok: true, ...image })).not.toThrow()
  })

  it('an already aborted signal: nothing is posted', async () => {
    const ctrl = new AbortController()
    ctrl.abort()
    expect(await reason(prepareImage(file(), opts, ctrl.signal))).toBe('aborted')
    expect(FakeWorker.instances.flatMap((w) => w.posted)).toEqual([])
  })

  it('an abort after the answer changes nothing', async () => {
    const ctrl = new AbortController()
    const p = prepareImage(file(), opts, ctrl.signal)
    const w = only()
    w.reply({ id: w.jobs[0]?.id ?? '', ok: true, ...image })
    await expect(p).resolves.toEqual(image)
    ctrl.abort()
    expect(w.posted).toHaveLength(1) // no cancel sent
  })

  it('a worker that dies fails what it held, and the next call starts a new one', async () => {
    const a = prepareImage(file(), opts)
    const b = prepareImage(file(), opts)
    const first = only()
    first.crash()
    expect(await reason(a)).toBe('unreadable')
    expect(await reason(b)).toBe('unreadable')
    expect(first.terminated).toBe(true)

    const c = prepareImage(file(), opts)
    expect(FakeWorker.instances).toHaveLength(2)
    const second = FakeWorker.instances[1] as FakeWorker
    second.reply({ id: second.jobs[0]?.id ?? '', ok: true, ...image })
    await expect(c).resolves.toEqual(image)
  })

  it('without Worker support: unreadable, not a TypeError', async () => {
    vi.stubGlobal('Worker', undefined)
    expect(await reason(prepareImage(file(), opts))).toBe('unreadable')
  })

  it('a job the worker cannot be sent: unreadable', async () => {
    const p = prepareImage(file(), opts)
    const w = only()
    w.reply({ id: w.jobs[0]?.id ?? '', ok: true, ...image })
    await p
    w.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError')
    }
    expect(await reason(prepareImage(file(), opts))).toBe('unreadable')
  })

  it('ignores answers for ids it does not know', () => {
    const p = prepareImage(file(), opts)
    const w = only()
    expect(() => w.reply({ id: 'stranger', ok: true, ...image })).not.toThrow()
    w.reply({ id: w.jobs[0]?.id ?? '', ok: true, ...image })
    return expect(p).resolves.toEqual(image)
  })
})
