import { RelayError } from './errors.ts'
import { errorFromResponse, looksLikeHtml, wrappedError } from './errorBody.ts'
import { capText, scrubDeep, scrubSecret } from './text.ts'
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
  /** Base URLs that have answered: a later failed fetch there is a dropped connection, not CORS. */
  answered: Set<string>
}

function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path
}

/**
 * A failed fetch is a bare TypeError. A no-cors probe tells "blocked by the browser" (the server
 * answers, but not to us) from "unreachable"; a relay that answered before has just dropped out.
 */
async function transportError(
  deps: HttpDeps,
  baseUrl: string,
  isPaid: boolean,
): Promise<RelayError> {
  if (
    deps.answered.has(baseUrl) ||
    (typeof navigator !== 'undefined' && navigator.onLine === false)
  ) {
    return new RelayError('network', { mayHaveReachedRelay: isPaid })
  }
  try {
    await deps.fetch(baseUrl, {
      mode: 'no-cors',
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    })
    // Blocked after sending: the relay may have run a paid request whose answer we cannot read.
    return new RelayError('cors', { mayHaveReachedRelay: isPaid })
  } catch {
    // Nothing answers there at all: the request cannot have arrived.
    return new RelayError('network')
  }
}

/** No answer of ours (a task, a quota, a model or price list) comes near this. */
const ANSWER_MAX_BYTES = 2 * 1024 * 1024

/**
 * The body as text, read as a stream and stopped past `max` bytes: a 50 MB status, or a small
 * gzip that inflates to a gigabyte, must not be read (nor block the page) on every poll.
 */
async function readCapped(res: Response, max: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'))
  const tooLarge = () => new RelayError('answer_too_large', { status: res.status })
  if (declared > max) {
    await res.body?.cancel().catch(() => {})
    throw tooLarge()
  }
  if (!res.body) return res.text()
  const reader = res.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    bytes += value.byteLength
    if (bytes > max) {
      await reader.cancel().catch(() => {})
      throw tooLarge()
    }
    text += decoder.decode(value, { stream: true })
  }
}

/** Statuses after which a paid request may have run although we got no usable answer. */
const MAYBE_RAN = new Set([408, 500, 502, 503, 504, 520, 522, 524])

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
  // A form (a file part) sets its own multipart type and boundary.
  const form = opts.body instanceof FormData
  if (opts.body !== undefined && !form) headers['Content-Type'] = 'application/json'

  try {
    let res: Response
    let text: string
    try {
      res = await deps.fetch(joinUrl(creds.baseUrl, path), {
        method,
        headers,
        body:
          opts.body === undefined
            ? undefined
            : opts.body instanceof FormData
              ? opts.body
              : JSON.stringify(opts.body),
        cache: 'no-store',
        signal: timer.signal,
      })
      // The key must never surface, even if a relay echoes it: scrubbed before anything is cut.
      text = scrubSecret(await readCapped(res, ANSWER_MAX_BYTES), creds.apiKey)
    } catch (e) {
      // Too large to read: a create may still have started a paid task.
      if (e instanceof RelayError)
        throw new RelayError(e.kind, { ...e, mayHaveReachedRelay: isPaid })
      if (opts.signal?.aborted) throw e
      if (timer.timedOut()) throw new RelayError('timeout', { mayHaveReachedRelay: isPaid })
      throw await transportError(deps, creds.baseUrl, isPaid)
    }

    deps.answered.add(creds.baseUrl)
    let json: unknown
    try {
      // Never trust the content type: JSON arrives as text/plain and even text/html.
      json = text.trim() === '' ? undefined : scrubDeep(JSON.parse(text), creds.apiKey)
    } catch {
      json = undefined
    }
    const contentType = res.headers.get('content-type') ?? ''
    if (!res.ok) {
      const error = errorFromResponse(res, text, json)
      const ran = isPaid && (MAYBE_RAN.has(res.status) || error.kind === 'server')
      throw new RelayError(error.kind, { ...error, mayHaveReachedRelay: ran })
    }
    // A gateway's web UI answers unknown paths with 200 HTML: not a success.
    if (json === undefined && looksLikeHtml(text, contentType)) {
      throw new RelayError('not_relay', { status: res.status, mayHaveReachedRelay: false })
    }
    if (json === undefined) {
      throw new RelayError('malformed', {
        status: res.status,
        detail: text.trim() ? capText(text, 120) : undefined,
        // A 2xx we cannot read may still have started a paid task.
        mayHaveReachedRelay: isPaid,
      })
    }
    const wrapped = wrappedError(json, res.status)
    if (wrapped) throw wrapped
    return json
  } finally {
    timer.done()
  }
}
