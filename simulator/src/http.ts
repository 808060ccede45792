// Response helpers shared by every route. They honour the per-request scenario keys that
// change how a body travels (body=text, expose=1) so individual routes need not care.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Scenario } from './scenario.ts'

export interface Reply {
  req: IncomingMessage
  res: ServerResponse
  /** Effective scenario for this request; routes refine it once they know the task. */
  scenario: Scenario
}

export type Headers = Record<string, string | number>

export const HTML_502 =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'
export const HTML_413 =
  '<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>'
/** What a stock new-api answers (200) for paths it does not route: its web UI. */
const HTML_NEW_API =
  '<!doctype html><html><head><title>New API</title></head><body><div id="root"></div></body></html>'

export function send(r: Reply, status: number, body: string | Buffer, headers: Headers = {}): void {
  // new-api exposes no headers, so a browser cannot read Retry-After; expose=1 opts in.
  if (r.scenario.expose) headers['Access-Control-Expose-Headers'] = 'Retry-After'
  if (!('Content-Length' in headers)) headers['Content-Length'] = Buffer.byteLength(body)
  r.res.writeHead(status, headers)
  r.res.end(r.req.method === 'HEAD' ? undefined : body)
}

export function sendJson(r: Reply, status: number, value: unknown, headers: Headers = {}): void {
  // Some relays send JSON as text/plain; body=text imitates them with identical bytes.
  const type =
    r.scenario.body === 'text' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8'
  send(r, status, JSON.stringify(value), { 'Content-Type': type, ...headers })
}

export function sendHtml(r: Reply, status: number, html: string): void {
  send(r, status, html, { 'Content-Type': 'text/html; charset=utf-8' })
}

/** OpenAI-style error envelope used by new-api on relay routes. */
export function apiError(message: string, type: string, code = ''): unknown {
  return { error: { message, type, code } }
}

function sendInvalidUrl(r: Reply, method: string, path: string): void {
  sendJson(r, 404, apiError(`Invalid URL (${method} ${path})`, 'invalid_request_error'))
}

/** A route this relay does not have: new-api's JSON 404, or (html) a stock new-api's web UI. */
export function sendMissingRoute(
  r: Reply & { method: string; pathname: string },
  mode: string,
): void {
  if (mode === 'html') return sendHtml(r, 200, HTML_NEW_API)
  sendInvalidUrl(r, r.method, r.pathname)
}

export function sendBadRequest(r: Reply, message: string): void {
  sendJson(r, 400, apiError(message, 'invalid_request_error', 'invalid_parameter'))
}

const BODY_LIMIT = 10 * 1024 * 1024

export interface Body {
  text: string
  raw: Buffer
  tooLarge: boolean
}

/** The body as text, and as bytes where a multipart body carries files. */
const decoded = (raw: Buffer) => ({ text: raw.toString('utf8'), raw })

/**
 * Reads the request body up to `limit` bytes. Past the limit the rest is drained and
 * dropped rather than cut off, so the client still receives the 413 instead of a reset.
 */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () => resolve({ ...decoded(Buffer.concat(chunks)), tooLarge: size > limit }))
    req.on('error', reject)
  })
}

/** Absolute origin the client used, so result URLs work behind Vite and on any port. */
export function requestOrigin(req: IncomingMessage): string {
  const proto =
    String(req.headers['x-forwarded-proto'] ?? 'http')
      .split(',')[0]
      ?.trim() || 'http'
  return `${proto}://${req.headers.host ?? 'localhost'}`
}
