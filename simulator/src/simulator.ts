// The relay simulator: a request handler imitating a new-api video relay, usable
// from a bare node:http server, the Vite dev/preview server and the tests alike.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Accounts, DEMO_KEY, type Account } from './accounts.ts'
import { authenticate, faulted, type Ctx, type SimState } from './context.ts'
import { apiError, requestOrigin, send, sendJson, sendMissingRoute } from './http.ts'
import {
  extendRoute,
  newapiCreateRoute,
  newapiStatusRoute,
  offers,
  openaiCreateRoute,
  openaiStatusRoute,
  type Dialect,
} from './dialects.ts'
import { defaultMediaDir, isClip } from './media.ts'
import { MODELS_BODY, pricingBody } from './models.ts'
import { hash32, makeIdGen, mulberry32 } from './prng.ts'
import { mergeScenario, parseScenarioText, sanitizeScenario, type Scenario } from './scenario.ts'
import { quotaBody } from './shapes.ts'
import {
  contentRoute,
  createRoute,
  mediaRoute,
  remixRoute,
  statusRoute,
  unfinished,
} from './taskRoutes.ts'

export interface SimulatorOptions {
  /** Seed of the fault PRNG (default 1): same seed + same requests = same faults. */
  seed?: number
  /** Multiplies every simulated duration (0.01 runs 100× faster). Default 1. */
  timeScale?: number
  /** Relay-wide scenario defaults, overridden by prompt tags and the X-Sim-Scenario header. */
  defaults?: Partial<Scenario>
  /** Clock in ms (default Date.now); tests inject one to step through a task's life. */
  now?: () => number
  /** Receives one line per request and any internal error. Default: silent. */
  log?: (line: string) => void
  /** false: answer without any CORS header (preflights get a 404), like a relay that refuses browsers. */
  cors?: boolean
  /** Folder holding landscape.mp4 / portrait.mp4 / square.mp4 (default simulator/media). */
  mediaDir?: string
}

export interface Simulator {
  /**
   * `pathname` is the tail of `req.url`'s path below any mount prefix, still percent-encoded,
   * e.g. "/v2/videos/generations"; the part of the URL before it is taken as the mount.
   */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): void
  /** Forgets every task and account (and restarts the fault sequence from the seed). */
  reset(): void
}

const HEALTH_BODY = {
  simulator: 'sora-studio-relay-simulator',
  version: 1,
  demoKey: DEMO_KEY,
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const now = options.now ?? Date.now
  const seed = options.seed ?? 1
  const sim: SimState = {
    defaults: sanitizeScenario(options.defaults),
    timeScale: options.timeScale ?? 1,
    now,
    log: options.log ?? (() => {}),
    faultRng: mulberry32(seed),
    // Ids also depend on the start time so a restarted simulator never reissues an id the
    // app may still hold in storage; fault draws stay purely seed-driven.
    ids: makeIdGen(mulberry32(hash32(`${seed}:${now()}`))),
    accounts: new Accounts(),
    tasks: new Map(),
    mediaDir: options.mediaDir ?? defaultMediaDir(),
  }

  return {
    handle(req, res, pathname) {
      // Like new-api, every answer (errors and faults included) allows any origin.
      const cors = options.cors !== false
      if (cors) res.setHeader('Access-Control-Allow-Origin', '*')
      if (!cors && req.method === 'OPTIONS')
        return void res.writeHead(404, { 'Content-Length': 0 }).end()
      const fullPath =
        ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '/').split('?')[0] ?? '/'
      const header = parseScenarioText(headerText(req.headers['x-sim-scenario']))
      const ctx: Ctx = {
        req,
        res,
        sim,
        method: req.method ?? 'GET',
        pathname,
        origin: requestOrigin(req),
        mount: fullPath.endsWith(pathname)
          ? fullPath.slice(0, fullPath.length - pathname.length)
          : '',
        header,
        scenario: mergeScenario(sim.defaults, header),
        notes: [],
      }
      res.on('close', () => {
        const status = res.headersSent ? String(res.statusCode) : 'dropped'
        sim.log([ctx.method, pathname, '->', status, ...ctx.notes].join(' '))
      })
      try {
        route(ctx).catch((err: unknown) => internalError(ctx, err))
      } catch (err) {
        internalError(ctx, err)
      }
    },
    reset() {
      sim.accounts.clear()
      sim.tasks.clear()
      // Reseeding makes a reset simulator replay the same faults as a fresh one.
      sim.faultRng = mulberry32(seed)
    },
  }
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(';') : value
}

function internalError(ctx: Ctx, err: unknown): void {
  ctx.sim.log(
    `simulator error on ${ctx.method} ${ctx.pathname}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
  )
  if (ctx.res.headersSent || ctx.res.destroyed) return void ctx.res.destroy()
  sendJson(ctx, 500, apiError('simulator internal error', 'new_api_error'))
}

function preflight(ctx: Ctx): void {
  const asked = ctx.req.headers['access-control-request-headers']
  send(ctx, 204, '', {
    'Access-Control-Allow-Methods': 'GET,POST,OPTIONS',
    // new-api allows every header; echoing keeps credentials-free preflights simple.
    'Access-Control-Allow-Headers': typeof asked === 'string' && asked !== '' ? asked : '*',
    'Access-Control-Max-Age': '600',
    'Content-Length': 0,
  })
}

const CREATES: Record<string, { dialect: Dialect; route: (ctx: Ctx) => Promise<void> }> = {
  '/v2/videos/generations': { dialect: 'v2', route: createRoute },
  '/v1/videos': { dialect: 'openai', route: openaiCreateRoute },
  '/v1/video/generations': { dialect: 'newapi', route: newapiCreateRoute },
}

const READS: {
  dialect: Dialect
  pattern: RegExp
  route: (ctx: Ctx, account: Account, id: string) => void
}[] = [
  { dialect: 'v2', pattern: /^\/v2\/videos\/generations\/([^/]+)$/, route: statusRoute },
  { dialect: 'openai', pattern: /^\/v1\/videos\/([^/]+)$/, route: openaiStatusRoute },
  { dialect: 'newapi', pattern: /^\/v1\/video\/generations\/([^/]+)$/, route: newapiStatusRoute },
]

async function route(ctx: Ctx): Promise<void> {
  const { method, pathname } = ctx
  const read = method === 'GET' || method === 'HEAD'
  const param = (pattern: RegExp): string | undefined => pattern.exec(pathname)?.[1]
  if (method === 'OPTIONS') return preflight(ctx)
  if (method === 'GET' && pathname === '/health') return sendJson(ctx, 200, HEALTH_BODY)
  // Each dialect's create, where the relay speaks it (else an unrouted path's answer).
  const create = CREATES[pathname]
  if (method === 'POST' && create) {
    return offers(ctx, create.dialect) ? create.route(ctx) : unknownRoute(ctx)
  }
  const clip = param(/^\/media\/([^/]+)\.mp4$/)
  if (read && clip !== undefined && isClip(clip)) {
    return mediaRoute(ctx, clip)
  }
  if (method === 'POST' && pathname === '/v1/videos/extensions') return extendRoute(ctx)
  const remix = param(/^\/v1\/videos\/([^/]+)\/remix$/)
  if (method === 'POST' && remix !== undefined) return remixRoute(ctx, remix)
  if (method === 'GET' && pathname === '/api/pricing') return pricingRoute(ctx)
  if (method === 'POST' && pathname === '/__sim/refill') return refillRoute(ctx)
  if (method === 'GET' && pathname === '/__sim/stats') return statsRoute(ctx)
  if (pathname === '/__sim/requests' && (method === 'GET' || method === 'DELETE')) {
    return recordedRoute(ctx)
  }

  // The authenticated API reads; these are the requests faults and rate limits hit.
  const reading = method === 'GET' ? READS.find((r) => r.pattern.test(pathname)) : undefined
  const status = reading && offers(ctx, reading.dialect) ? param(reading.pattern) : undefined
  const content = read ? param(/^\/v1\/videos\/([^/]+)\/content$/) : undefined
  const plain = method === 'GET' && (pathname === '/v1/token/quota' || pathname === '/v1/models')
  if (status === undefined && content === undefined && !plain) return unknownRoute(ctx)
  // A relay without /v1/models answers before auth, like any unrouted path.
  if (pathname === '/v1/models' && ctx.scenario.models !== 'yes') {
    return sendMissingRoute(ctx, ctx.scenario.models)
  }
  // Some relays serve their quota elsewhere, or not at all.
  if (pathname === '/v1/token/quota' && ctx.scenario.quota !== 'yes') {
    return sendMissingRoute(ctx, ctx.scenario.quota)
  }
  const account = authenticate(ctx)
  if (!account) return
  if (status !== undefined && reading) return reading.route(ctx, account, status)
  if (content !== undefined) return contentRoute(ctx, account, content)
  if (faulted(ctx)) return
  if (pathname === '/v1/models') return sendJson(ctx, 200, MODELS_BODY)
  sendJson(ctx, 200, quotaBody(account, ctx.scenario))
}

/**
 * The demo's "Reset demo quota": the caller's account (its key's own) back to the full
 * quota. Only that account: one demo user cannot refill, or exhaust, another's.
 */
function refillRoute(ctx: Ctx): void {
  const account = authenticate(ctx)
  if (!account) return
  account.used = 0
  sendJson(ctx, 200, quotaBody(account, ctx.scenario))
}

/** Test hook: how busy the caller's account is, and has been (for the take queue's limits). */
function statsRoute(ctx: Ctx): void {
  const account = authenticate(ctx)
  if (!account) return
  sendJson(ctx, 200, {
    running: unfinished(ctx, account),
    peakRunning: account.peakRunning,
    busyRefusals: account.busyRefusals,
  })
}

/** Test hook: the caller's recorded create/remix requests (GET) or clearing them (DELETE). */
function recordedRoute(ctx: Ctx): void {
  const account = authenticate(ctx)
  if (!account) return
  if (ctx.method === 'GET') return sendJson(ctx, 200, account.requests)
  account.requests.length = 0
  send(ctx, 204, '')
}

/**
 * new-api's public price list (its web UI's route, no key needed). It goes through the fault
 * gate like the API reads: a client must survive a flaky or missing price list too.
 */
function pricingRoute(ctx: Ctx): void {
  if (ctx.scenario.pricing !== 'yes') return sendMissingRoute(ctx, ctx.scenario.pricing)
  if (faulted(ctx)) return
  sendJson(ctx, 200, pricingBody(ctx.scenario.billing))
}

/** Unrouted paths: new-api's JSON 404, or (unknown=html) a stock new-api's web UI. */
function unknownRoute(ctx: Ctx): void {
  sendMissingRoute(ctx, ctx.scenario.unknown)
}
