/**
 * Runs at most `n` of the given jobs at a time, in the order asked; a job whose signal is
 * aborted while it waits never starts.
 */
export function limiter(n: number) {
  let running = 0
  const waiting: (() => void)[] = []
  const next = () => {
    if (running >= n) return
    const start = waiting.shift()
    if (start) start()
  }
  return function run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        if (signal?.aborted) {
          reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
          return next()
        }
        running++
        job()
          .then(resolve, reject)
          .finally(() => {
            running--
            next()
          })
      })
      next()
    })
  }
}
