/**
 * Main-thread API: turn a dropped, pasted or picked image into a `data:` URL the relay accepts,
 * sized for the video's frame and within this image's share of the 1 MB request. The work
 * happens in one shared module worker (imageWorker.ts), created on first use.
 */
import type { Size } from './fit.ts'
import { budgetPerImage, fileTooLarge } from './limits.ts'
import type { ImageFailureReason, ImageJob, PreparedImage, WorkerAnswer } from './protocol.ts'

export type { PreparedImage, ImageFailureReason } from './protocol.ts'

export type ImagePrepReason = ImageFailureReason | 'aborted'

export interface PrepareImageOptions {
  /** The box the image is fitted in: the video's frame, as its model's profile gives it. */
  box: Size
  /** How many images one request may carry: each gets an equal share of the budget. */
  maxImages: number
}

const MESSAGES: Record<ImagePrepReason, string> = {
  unsupported: 'Not a JPEG, PNG or WebP image',
  too_large: 'Image is too large',
  too_many_pixels: 'Image has too many pixels',
  unreadable: 'Image could not be read',
  aborted: 'Image preparation was cancelled',
}

/** A refusal, with `reason` for the UI to word (the message is for logs). */
export class ImagePrepError extends Error {
  readonly reason: ImagePrepReason

  constructor(reason: ImagePrepReason) {
    super(MESSAGES[reason])
    this.name = 'ImagePrepError'
    this.reason = reason
  }
}

interface Pending {
  resolve(image: PreparedImage): void
  reject(error: ImagePrepError): void
}

let worker: Worker | null = null
const pending = new Map<string, Pending>()
let seq = 0

export function prepareImage(
  file: Blob,
  opts: PrepareImageOptions,
  signal?: AbortSignal,
): Promise<PreparedImage> {
  if (signal?.aborted) return Promise.reject(new ImagePrepError('aborted'))
  // Refused before a byte is read or a worker started.
  if (fileTooLarge(file.size)) return Promise.reject(new ImagePrepError('too_large'))

  const job: ImageJob = {
    id: `img-${++seq}`,
    blob: file,
    maxWidth: opts.box.width,
    maxHeight: opts.box.height,
    maxDataUrlChars: budgetPerImage(opts.maxImages),
  }

  return new Promise<PreparedImage>((resolve, reject) => {
    let w: Worker
    try {
      w = sharedWorker()
    } catch {
      // No worker here (an old browser, a CSP without worker-src 'self'): nothing can be done.
      reject(new ImagePrepError('unreadable'))
      return
    }
    const onAbort = () => {
      if (!pending.delete(job.id)) return
      // Drop the answer; tell the worker so it skips or stops the job.
      w.postMessage({ id: job.id, cancel: true })
      reject(new ImagePrepError('aborted'))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    pending.set(job.id, {
      resolve(image) {
        signal?.removeEventListener('abort', onAbort)
        resolve(image)
      },
      reject(error) {
        signal?.removeEventListener('abort', onAbort)
        reject(error)
      },
    })
    try {
      w.postMessage(job)
    } catch {
      pending.get(job.id)?.reject(new ImagePrepError('unreadable'))
      pending.delete(job.id)
    }
  })
}

/** Stops the worker and rejects whatever is in flight ('aborted'). For tests and HMR. */
export function disposeImageWorker(): void {
  worker?.terminate()
  worker = null
  failAll('aborted')
}

function sharedWorker(): Worker {
  if (worker) return worker
  // This exact form is what Vite recognises to bundle the worker as its own chunk.
  const w = new Worker(new URL('./imageWorker.ts', import.meta.url), { type: 'module' })
  w.onmessage = (event: MessageEvent<WorkerAnswer>) => settle(event.data)
  // The worker itself failed (could not load, crashed): nothing in flight will be answered.
  // Start afresh on the next call.
  w.onerror = (event) => {
    event.preventDefault()
    if (worker === w) worker = null
    w.terminate()
    failAll('unreadable')
  }
  w.onmessageerror = () => failAll('unreadable')
  worker = w
  return w
}

function settle(answer: WorkerAnswer): void {
  const waiting = pending.get(answer.id)
  if (!waiting) return // aborted meanwhile
  pending.delete(answer.id)
  if (answer.ok) {
    const { dataUrl, type, width, height, bytes, thumbnail, downscaledForBudget } = answer
    waiting.resolve({ dataUrl, type, width, height, bytes, thumbnail, downscaledForBudget })
  } else {
    waiting.reject(new ImagePrepError(answer.reason))
  }
}

function failAll(reason: ImagePrepReason): void {
  const all = [...pending.values()]
  pending.clear()
  for (const waiting of all) waiting.reject(new ImagePrepError(reason))
}
