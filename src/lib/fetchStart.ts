/**
 * fetch with a deadline on the answer's start only: a long body may take longer than it to
 * arrive (whoever reads the body watches it for stalls). Past the deadline it rejects with a
 * `TimeoutError` DOMException; an abort of `init.signal` passes through as it is.
 */
export async function fetchWithStartDeadline(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  deadlineMs: number,
): Promise<Response> {
  const deadline = new AbortController()
  const timer = setTimeout(
    () => deadline.abort(new DOMException('no answer in time', 'TimeoutError')),
    deadlineMs,
  )
  const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal
  try {
    return await fetchImpl(url, { ...init, signal })
  } catch (e) {
    if (deadline.signal.aborted && !init.signal?.aborted) throw deadline.signal.reason as Error
    throw e
  } finally {
    clearTimeout(timer)
  }
}
