// The forwarding server: for a relay that sends no CORS headers, the dev and preview servers
// pass the app's relay requests on to it (`RELAY_TARGET=https://relay.example npm run dev`),
// so the page talks to its own origin and the browser has nothing to refuse. It lives beside
// the simulator's Vite plugin: both are the relay side of the dev servers.
//
// - The target is fixed at start; only the routes the app uses are forwarded (this is no open
//   proxy): anything else is answered 404 here and never reaches the relay.
// - Bodies stream both ways (an upload is not held in memory; `Range` reaches the relay).
// - The key passes through in `Authorization` and nowhere else; the log names the method,
//   the route and the status, never a header or a query string.
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Plugin } from 'vite'

export interface RelayForwardOptions {
  /** The relay's base URL (http or https), e.g. https://relay.example or https://x.example/api. */
  target: string
  /** Where the app finds it on the dev server's origin; default "/relay". */
  base?: string
  /** One line per forwarded request; default: the dev server's logger. */
  log?: (line: string) => void
}

// A task id segment: never a dot segment, an encoded slash, backslash or dot (a way out of the route).
const ID = String.raw`(?!\.{1,2}(?:/|$))(?:(?!%2[eEfF]|%5[cC])[^/?#\\]){1,256}`
/** Method and path (below the target's own path) of every route the app calls. */
const ROUTES: readonly [string, RegExp][] = [
  ['GET', /^\/v1\/models$/],
  ['GET', /^\/v1\/token\/quota$/],
  ['GET', /^\/api\/pricing$/],
  ['POST', /^\/v2\/videos\/generations$/],
  ['GET', new RegExp(`^/v2/videos/generations/${ID}$`)],
  ['POST', /^\/v1\/videos$/],
  ['GET', new RegExp(`^/v1/videos/${ID}$`)],
  ['GET', new RegExp(`^/v1/videos/${ID}/content$`)],
  ['POST', new RegExp(`^/v1/videos/${ID}/remix$`)],
  ['POST', /^\/v1\/video\/generations$/],
  ['GET', new RegExp(`^/v1/video/generations/${ID}$`)],
]

const isForwarded = (method: string, path: string) =>
  ROUTES.some(([m, re]) => (m === method || (m === 'GET' && method === 'HEAD')) && re.test(path))

/** Request headers that reach the relay; cookies, origin and referrer stay here. */
const UP = ['authorization', 'content-type', 'content-length', 'accept', 'range', 'if-range']
/** Response headers that come back; the relay's cookies and CORS headers do not. */
const DOWN = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'retry-after',
  'cache-control',
  'etag',
  'last-modified',
  'date',
]

const pick = (headers: IncomingMessage['headers'], names: readonly string[]) =>
  Object.fromEntries(names.flatMap((n) => (headers[n] === undefined ? [] : [[n, headers[n]]])))

function json(res: ServerResponse, status: number, message: string, code: string) {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify({ error: { message, type: 'relay_forward', code } }))
}

/** The target's origin and path, or a start-up error that says what is wrong with it. */
export function forwardTarget(raw: string): { url: URL; path: string } {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`RELAY_TARGET is not a URL: ${raw.slice(0, 200)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`RELAY_TARGET must be an http or https URL, not ${url.protocol}`)
  if (url.username || url.password || url.search || url.hash)
    throw new Error('RELAY_TARGET must be a plain base URL (no credentials, query or fragment)')
  return { url, path: url.pathname.replace(/\/+$/, '') }
}

type Next = (err?: unknown) => void

/** Connect middleware: `<base>/__forward` says where it forwards; `<base>/<route>` is forwarded. */
export function forwardMiddleware(opts: Required<RelayForwardOptions>) {
  const { url: target, path: targetPath } = forwardTarget(opts.target)
  const prefix = opts.base.replace(/\/+$/, '')
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const url = req.url ?? '/'
    const [pathname = '/', query] = url.split(/\?(.*)/s, 2)
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return next()
    const path = pathname.slice(prefix.length) || '/'
    const method = req.method ?? 'GET'
    // The app asks here whether forwarding is on, and to where (an origin, nothing secret).
    if (path === '/__forward' && method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
      return res.end(JSON.stringify({ forwarding: true, target: target.origin + targetPath }))
    }
    if (!isForwarded(method, path)) {
      opts.log(`[relay-forward] refused ${method} ${path.slice(0, 120)}`)
      return json(res, 404, `Not forwarded: ${method} ${path.slice(0, 120)}`, 'not_forwarded')
    }
    const started = Date.now()
    const upstream = send(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method,
        path: `${targetPath}${path}${query === undefined ? '' : `?${query}`}`,
        headers: pick(req.headers, UP),
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, pick(answer.headers, DOWN))
        answer.pipe(res)
        answer.on('end', () =>
          opts.log(
            `[relay-forward] ${method} ${path} → ${answer.statusCode} (${Date.now() - started} ms)`,
          ),
        )
      },
    )
    upstream.on('error', (e: NodeJS.ErrnoException) => {
      opts.log(`[relay-forward] ${method} ${path} → unreachable (${e.code ?? 'error'})`)
      if (!res.headersSent)
        json(res, 502, `The relay did not answer (${e.code ?? 'error'})`, 'relay_unreachable')
      else res.destroy()
    })
    // The page went away: stop asking the relay.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy()
    })
    req.pipe(upstream)
  }
}

/**
 * Mounts the forwarder in the dev and preview servers when a target is given (vite.config.ts
 * reads it from RELAY_TARGET); without one it does nothing.
 */
type Middleware = ReturnType<typeof forwardMiddleware>
interface DevServer {
  middlewares: { use(fn: Middleware): unknown }
  config: { logger: { info(line: string): void } }
}

export function relayForward(opts: Partial<RelayForwardOptions> = {}): Plugin {
  const { target } = opts
  // Checked once, at start: a wrong target stops the server with the reason.
  if (target) forwardTarget(target)
  const mount = (server: DevServer) => {
    if (!target) return
    server.middlewares.use(
      forwardMiddleware({
        target,
        base: opts.base ?? '/relay',
        log: opts.log ?? ((line) => server.config.logger.info(line)),
      }),
    )
  }
  return {
    name: 'sora-studio-relay-forward',
    configureServer: mount,
    configurePreviewServer: mount,
  }
}
