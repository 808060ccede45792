import type { LastFrameAnswer } from './lastFrameWorker.ts'

export type LastFrame = Extract<LastFrameAnswer, { ok: true }>

/** Why no last frame could be had, for the window to say. */
export class LastFrameError extends Error {
  constructor(readonly reason: 'unreadable' | 'undecodable' | 'unsupported') {
    super(reason)
  }
}

/**
 * A kept video's exact last frame, as a PNG image: decoded in a worker of its own (made for
 * the one request, then ended), so the page never waits on the decoder.
 */
export function lastFrameOf(file: Blob): Promise<LastFrame> {
  if (typeof Worker !== 'function' || typeof VideoDecoder !== 'function')
    return Promise.reject(new LastFrameError('unsupported'))
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lastFrameWorker.ts', import.meta.url), { type: 'module' })
    const done = () => worker.terminate()
    worker.onmessage = (e: MessageEvent<LastFrameAnswer>) => {
      done()
      if (e.data.ok) resolve(e.data)
      else reject(new LastFrameError(e.data.reason))
    }
    worker.onerror = () => {
      done()
      reject(new LastFrameError('unreadable'))
    }
    worker.postMessage(file)
  })
}
