import type { JoinAnswer, JoinRequest } from './joinWorker.ts'

export type Joined = Extract<JoinAnswer, { ok: true }>
export type JoinFailure = Extract<JoinAnswer, { ok: false }>

/** Why no film was made: the worker's answer, or the user's cancel. */
export class JoinError extends Error {
  constructor(readonly failure: JoinFailure | { ok: false; reason: 'cancelled' }) {
    super(failure.reason)
  }
}

/**
 * The shots' files joined into one MP4 in a worker of its own (see joinWorker.ts), with its
 * progress (0–1) as it goes. Aborting ends the worker at once: nothing is left behind.
 */
export function joinClips(
  files: Blob[],
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<Joined> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new JoinError({ ok: false, reason: 'cancelled' }))
    if (typeof Worker !== 'function' || typeof VideoDecoder !== 'function')
      return reject(new JoinError({ ok: false, reason: 'unsupported' }))
    const worker = new Worker(new URL('./joinWorker.ts', import.meta.url), { type: 'module' })
    const end = () => {
      worker.terminate()
      signal.removeEventListener('abort', abort)
    }
    const abort = () => {
      end()
      reject(new JoinError({ ok: false, reason: 'cancelled' }))
    }
    signal.addEventListener('abort', abort)
    worker.onmessage = (e: MessageEvent<JoinAnswer>) => {
      const answer = e.data
      if ('progress' in answer) return onProgress(answer.progress)
      end()
      if (answer.ok) resolve(answer)
      else reject(new JoinError(answer))
    }
    worker.onerror = () => {
      end()
      reject(new JoinError({ ok: false, reason: 'failed' }))
    }
    worker.postMessage({ files } satisfies JoinRequest)
  })
}
