import { RelayError, type RelayErrorKind } from './errors.ts'
import { classifyFailure } from './classifyFailure.ts'
import { readString } from './json.ts'
import { capText } from './text.ts'
import { isObject } from '../lib/guards.ts'

/** Called only on bodies that are not JSON, so a JSON body sent as text/html still counts. */
export const looksLikeHtml = (text: string, contentType: string) =>
  /html/i.test(contentType) || /^\s*</.test(text)

/** The relay's message from any error shape, at most RELAY_TEXT_MAX characters. */
function readErrorMessage(text: string, json: unknown, contentType: string): string {
  return capText(errorMessage(text, json, contentType))
}

/** {error:{message}}, {code,message}, {message}, text, HTML. */
function errorMessage(text: string, json: unknown, contentType: string): string {
  if (json !== undefined) {
    if (typeof json === 'string') return json
    if (isObject(json)) {
      const err = json.error
      const msg =
        (isObject(err) ? readString(err.message) : readString(err)) ??
        readString(json.message) ??
        readString(json.msg) ??
        readString(json.detail)
      const code = (isObject(err) ? readString(err.code) : undefined) ?? readString(json.code)
      if (msg) return msg
      if (code) return code
    }
  }
  if (looksLikeHtml(text, contentType)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim()
    return title ?? ''
  }
  return text.trim().slice(0, 300)
}

const readCode = (json: unknown) =>
  isObject(json)
    ? ((isObject(json.error) ? readString(json.error.code) : undefined) ?? readString(json.code))
    : undefined

/** "120" seconds or an HTTP date; null when absent or unreadable (CORS often hides it). */
function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined
  if (/^\s*\d+(\.\d+)?\s*$/.test(header)) return Number(header) * 1000
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

const QUOTA_WORDS = /quota|额度|余额|insufficient/i

function kindFor(
  status: number,
  code: string | undefined,
  message: string,
  html: boolean,
): RelayErrorKind {
  // A spent key is refused with 401 or 403 on new-api: say "no quota", not "wrong key".
  if ((status === 401 || status === 403) && QUOTA_WORDS.test(`${code} ${message}`)) return 'quota'
  // A 403 web page is a proxy or a challenge page in front of the relay, not the key.
  if (status === 403 && html) return 'not_relay'
  if (status === 401 || status === 403) return 'auth'
  if (status === 404) return 'not_found'
  if (status === 408 || status === 504) return 'timeout'
  if (status === 413) return 'payload_too_large'
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server'
  return 'bad_request'
}

export function errorFromResponse(res: Response, text: string, json: unknown): RelayError {
  const contentType = res.headers.get('content-type') ?? ''
  const detail = readErrorMessage(text, json, contentType)
  const code = readCode(json)
  const html = json === undefined && looksLikeHtml(text, contentType)
  let kind = kindFor(res.status, code, detail, html)
  let review
  if (kind === 'bad_request') {
    const failure = classifyFailure(code, detail)
    if (failure !== 'generic' && failure !== 'cancelled') {
      kind = 'review'
      review = failure
    }
  }
  return new RelayError(kind, {
    status: res.status,
    detail: detail || undefined,
    retryAfterMs: parseRetryAfter(res.headers.get('retry-after')),
    review,
  })
}

/**
 * new-api's task routes answer some errors with 200 and {code, message, data:null}.
 * Only an explicit failure code counts: "success", 0 or true are not errors.
 */
export function wrappedError(json: unknown, status: number): RelayError | null {
  if (!isObject(json) || json.data !== null || !('code' in json)) return null
  const code = json.code
  if (code === 'success' || code === 0 || code === '0' || code === true || code === 200) return null
  if ('task_id' in json || 'status' in json) return null
  const message = capText(readString(json.message) ?? readString(code) ?? '')
  // readString, never String(): a relay's {"toString":1} must not throw.
  const words = `${readString(code) ?? ''} ${message}`
  const kind: RelayErrorKind = QUOTA_WORDS.test(words)
    ? 'quota'
    : /not_?exist|not_?found/i.test(words)
      ? 'not_found'
      : 'bad_request'
  // The relay answered with a refusal: nothing was started.
  return new RelayError(kind, { status, detail: message || undefined })
}
