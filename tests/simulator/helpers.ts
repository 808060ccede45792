// Shared harness: a real simulator on an ephemeral port with an injectable clock, so tests
// step through a task's life instantly instead of sleeping.
import { request, type IncomingHttpHeaders } from 'node:http'
import { afterAll, beforeAll } from 'vitest'
import { startSimulator, type RunningSimulator } from '../../simulator/src/server.ts'
import type { SimulatorOptions } from '../../simulator/src/simulator.ts'

export const T0 = 1_800_000_000_000 // a whole second, so unix-second fields are exact
export const KEY = 'sk-demo'

export interface Harness extends RunningSimulator {
  /** Moves the injected clock forward by simulated seconds. */
  advance(seconds: number): void
  /** The injected clock, in ms. */
  now(): number
  get(
    path: string,
    init?: RequestInit & { key?: string | null; scenario?: string },
  ): Promise<Response>
  post(
    path: string,
    body: unknown,
    init?: RequestInit & { key?: string | null; scenario?: string },
  ): Promise<Response>
  /** Creates a task and returns its id (fails the test if creation fails). */
  create(
    body?: Record<string, unknown>,
    opts?: { key?: string; scenario?: string },
  ): Promise<string>
}

export async function startHarness(options: SimulatorOptions = {}): Promise<Harness> {
  let t = T0
  const running = await startSimulator({ port: 0, now: () => t, ...options })
  const headers = (
    init: { key?: string | null; scenario?: string; headers?: HeadersInit } = {},
  ): Headers => {
    const h = new Headers(init.headers)
    const key = init.key === undefined ? KEY : init.key
    if (key !== null) h.set('Authorization', `Bearer ${key}`)
    if (init.scenario !== undefined) h.set('X-Sim-Scenario', init.scenario)
    return h
  }
  const harness: Harness = {
    ...running,
    advance: (seconds) => {
      t += Math.round(seconds * 1000)
    },
    now: () => t,
    get: (path, init = {}) => fetch(running.url + path, { ...init, headers: headers(init) }),
    post: (path, body, init = {}) =>
      fetch(running.url + path, {
        method: 'POST',
        ...init,
        headers: headers(init),
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    create: async (body = {}, opts = {}) => {
      const res = await harness.post(
        '/v2/videos/generations',
        { model: 'sora-2', prompt: 'a cat', ...body },
        opts,
      )
      const json = (await res.json()) as { task_id?: string }
      if (res.status !== 200 || typeof json.task_id !== 'string') {
        throw new Error(`create failed: ${res.status} ${JSON.stringify(json)}`)
      }
      return json.task_id
    },
  }
  return harness
}

/**
 * One simulator for the test file: started before its first test, closed after its last.
 * What it returns stands for the running harness from the first test on.
 */
export function simulatorForFile(options: SimulatorOptions = {}): Harness {
  let running: Harness | undefined
  beforeAll(async () => {
    running = await startHarness(options)
  })
  afterAll(() => running?.close())
  return new Proxy({} as Harness, {
    get(_, name) {
      if (!running) throw new Error('the simulator starts in beforeAll: use it inside a test')
      return Reflect.get(running, name) as unknown
    },
  })
}

/** Status code, or "drop" when the connection was closed without an answer. */
export async function outcome(res: Promise<Response>): Promise<string> {
  try {
    const r = await res
    await r.arrayBuffer()
    return String(r.status)
  } catch {
    return 'drop'
  }
}

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** node:http request, for what fetch cannot do (a custom Host header, reading HEAD framing). */
export function rawRequest(
  url: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return JSON.parse(await res.text()) as T
}

export const statusPath = (id: string): string => `/v2/videos/generations/${encodeURIComponent(id)}`

/** A task's status in the relay's real shape (plus any scenario header). */
export const realStatus = async (sim: Harness, id: string, scenario?: string) =>
  json<RealStatus>(await sim.get(statusPath(id), { scenario }))

/** A task's status in the guide's shape. */
export const guideStatus = async (sim: Harness, id: string, scenario = '') =>
  json<GuideStatus>(await sim.get(statusPath(id), { scenario: `shape=guide; ${scenario}` }))

export interface RealStatus {
  task_id: string
  platform: string
  action: string
  status: string
  fail_reason: string
  submit_time: number
  start_time: number
  finish_time: number
  progress: string
  data: null | { output: string; outputs: string[] }
  search_item: string
}

export interface GuideStatus {
  task_id: string
  status: string
  progress: number
  created_at: number
  model: string
  duration: number
  size: string
  video_url: string | null
  error?: { code: string; message: string }
}

export interface ErrorBody {
  error: { message: string; type: string; code: string }
}

export interface Wrapped<T> {
  code: string
  message: string
  data: T
}

export interface Quota {
  id: number
  name: string
  quota: number
  unlimited_quota: boolean
  used_quota: number
}
