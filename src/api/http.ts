import { RelayError } from './errors.ts'
import { errorFromResponse, looksLikeHtml } from './errorBody.ts'
import type { Credentials } from './types.ts'

export interface RequestOptions {
  method?: 'GET' | 'POST'
  body?: unknown
  signal?: AbortSignal
  timeoutMs?: number
}

export interface HttpDeps {
  getCredentials: () => Credentials | null
  fetch: typeof fetch
}

export function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path
}

/** The key must never surface in an error text, even if a relay echoes it. */
function scrub(error: RelayError, apiKey: string): RelayError {
  if (!apiKey || !error.detail?.includes(apiKey)) return error
  return new RelayError(error.kind, {
    ...error,
    detail: error.detail.split(apiKey).join('•••'),
  })
}

/** A failed fetch is a bare TypeError: a no-cors probe tells "blocked by the browser" from "unreachable". */
async function transportError(
  deps: HttpDeps,
  baseUrl: string,
  isPaid: boolean,
): Promise<RelayError> {
  const reached = { mayHaveReachedRelay: isPaid }
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    return new RelayError('network', reached)
  try {
    await deps.fetch(baseUrl, {
      mode: 'no-cors',
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    })
    return new RelayError('cors', reached)
  } catch {
    return new RelayError('network', reached)
  }
}

/** Links the caller's signal with a timeout, remembering which one fired. */
function withTimeout(signal: AbortSignal | undefined, ms: number) {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, ms)
  const onAbort = () => controller.abort(signal?.reason)
  if (signal?.aborted) onAbort()
  else signal?.addEventListener('abort', onAbort, { once: true })
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    },
  }
}

/**
 * One request to the relay: the key goes only in the Authorization header, only to the
 * configured base URL. The body is read as text and parsed whatever the content type says.
 */
export async function requestJson(
  deps: HttpDeps,
  path: string,
  opts: RequestOptions = {},
): Promise<unknown> {
  const creds = deps.getCredentials()
  if (!creds?.baseUrl) throw new RelayError('config')
  const method = opts.method ?? 'GET'
  const isPaid = method === 'POST'
  const timer = withTimeout(opts.signal, opts.timeoutMs ?? (isPaid ? 90_000 : 20_000))
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (creds.apiKey) headers.Authorization = `Bearer ${creds.apiKey}`
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json'

  try {
    let res: Response
    let text: string
    try {
      res = await deps.fetch(joinUrl(creds.baseUrl, path), {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        cache: 'no-store',
        signal: timer.signal,
      })
      text = await res.text()
    } catch (e) {
      if (opts.signal?.aborted) throw e
      if (timer.timedOut()) throw new RelayError('timeout', { mayHaveReachedRelay: isPaid })
      throw await transportError(deps, creds.baseUrl, isPaid)
    }

    let json: unknown
    try {
      json = text.trim() === '' ? undefined : JSON.parse(text)
    } catch {
      json = undefined
    }
    const contentType = res.headers.get('content-type') ?? ''
    if (!res.ok) {
      const error = errorFromResponse(res, text, json)
      const reached = isPaid && error.kind === 'server' ? { mayHaveReachedRelay: true } : {}
      throw new RelayError(error.kind, { ...error, ...reached })
    }
    // A gateway's web UI answers unknown paths with 200 HTML: not a success.
    if (looksLikeHtml(text, contentType)) throw new RelayError('not_relay', { status: res.status })
    if (json === undefined) {
      throw new RelayError('malformed', {
        status: res.status,
        detail: text.trim() ? text.slice(0, 120) : undefined,
      })
    }
    return json
  } catch (e) {
    throw e instanceof RelayError ? scrub(e, creds.apiKey) : e
  } finally {
    timer.done()
  }
}
