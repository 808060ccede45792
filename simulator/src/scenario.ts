// Scenario controls: a flat set of key=value switches that make the simulator misbehave
// the way real relays do. Layers, later wins: relay-wide defaults < the task's prompt tag
// `[sim k=v …]` < the request's `X-Sim-Scenario: k=v; k=v` header.

import type { Dialect } from './dialects.ts'
import type { Billing, Family } from './models.ts'
import { CLIP_NAMES } from './media.ts'

type FailKind =
  'none' | 'image_review' | 'prompt_review' | 'result_review' | 'other' | 'no_video' | 'unsafe_url'
export type FaultKind = 'html502' | 'empty500' | 'drop'
type CreateFault = 'none' | FaultKind | '429'
type RouteMode = 'yes' | '404' | 'html'
/** A step of n % (10 → 10, 20 … 90), or the exact list of values the relay reports. */
export type Steps = number | number[]

export interface Scenario {
  queue: number // simulated seconds in NOT_START
  len: number // simulated seconds in IN_PROGRESS
  scale: number // per-task multiplier on top of the simulator's timeScale
  fail: FailKind
  failat: number // fraction of the run at which a failing task fails
  unsafe: 'js' | 'ftp' // which unsafe URL `fail=unsafe_url` returns
  result: 'public' | 'private'
  /** Seconds a public result link lives after the task finishes; 0: for ever. */
  linkttl: number
  /** Whether the public result link's host sends CORS headers (a CDN that does not: 0). */
  mediacors: boolean
  /** Bytes per real second the public result link is sent at; 0: at once. */
  mediarate: number
  /** `gemini`: new-api's answer for a Veo task on Gemini/Vertex channels (`/v1/video/generations`). */
  shape: 'real' | 'guide' | 'gemini'
  /**
   * Which create-and-read dialects the relay speaks (docs/relay-dialects.md): the guide's
   * `/v2/videos/generations`, OpenAI's `/v1/videos`, new-api's `/v1/video/generations`.
   */
  dialects: Dialect[]
  /** Timestamps of the OpenAI-style answers as unix seconds, or RFC 3339 strings (some builds). */
  times: 'unix' | 'rfc3339'
  /** Families whose tasks have no OpenAI video object: `GET /v1/videos/{id}` answers 501. */
  noobject: Family[]
  wrap: boolean
  body: 'json' | 'text'
  idstyle: 'task' | 'colon' | 'uuid'
  remix: RouteMode
  /**
   * Whether `POST /v1/videos/extensions` exists (OpenAI's, closed upstream; new-api's router
   * has none, so by default it answers as any unrouted path).
   */
  extensions: RouteMode
  /** Whether `GET /v1/videos/{id}/content` exists (new-api serves it; some gateways do not). */
  content: RouteMode
  /**
   * What the content route answers for `?variant=thumbnail`: the clip regardless (`video`, as
   * new-api does), its first frame as a JPEG (`image`, as OpenAI's Videos API did), or a few
   * bytes of HTML labelled `image/jpeg` (`fake`).
   */
  thumb: 'video' | 'image' | 'fake'
  /**
   * Which clip a finished task shows: `auto` (by its aspect), or one whose frames carry their
   * numbers (`coded4`, `coded7`, `coded12`: 16:9 of 4, 7 and 12 s; `coded10p`: 9:16, 10 s;
   * `reel1`–`reel3`: 720p of 10 s numbered on from one another, `reel2a`/`reel3a` with AAC sound).
   */
  clip: (typeof CLIP_NAMES)[number] | 'auto'
  models: RouteMode
  /** Whether `GET /v1/token/quota` exists (some relays serve quota on another host). */
  quota: RouteMode
  pricing: RouteMode
  /** How videos are charged: a fixed price per request, or by the second and size (`Billing`). */
  billing: Billing
  steps: Steps
  unknown: 'json' | 'html'
  unlimited: boolean
  expose: boolean
  ratelimit: number
  /**
   * How many of a key's tasks may be unfinished at once (0: any number). A create past it
   * answers as new-api's TokenConcurrencyGate does: 429, a concurrency message, no task id.
   */
  maxrunning: number
  retryafter: number | 'none'
  faults: number
  faultkinds: FaultKind[]
  createfault: CreateFault // honoured from the request header only
}

const DEFAULT_SCENARIO: Readonly<Scenario> = {
  queue: 3,
  len: 12,
  scale: 1,
  fail: 'none',
  failat: 0.5,
  unsafe: 'js',
  result: 'public',
  linkttl: 0,
  mediacors: true,
  mediarate: 0,
  shape: 'real',
  dialects: ['v2', 'openai', 'newapi'],
  times: 'unix',
  noobject: [],
  wrap: false,
  body: 'json',
  idstyle: 'task',
  remix: 'yes',
  extensions: '404',
  content: 'yes',
  thumb: 'video',
  clip: 'auto',
  models: 'yes',
  quota: 'yes',
  pricing: 'yes',
  billing: 'request',
  steps: 10,
  unknown: 'json',
  unlimited: false,
  expose: false,
  ratelimit: 0,
  maxrunning: 0,
  retryafter: 2,
  faults: 0,
  faultkinds: ['html502', 'empty500', 'drop'],
  createfault: 'none',
}

/** Keys frozen into a task when it is created: its timeline and outcome must not change later. */
const TASK_KEYS = [
  'queue',
  'len',
  'scale',
  'fail',
  'failat',
  'unsafe',
  'result',
  'linkttl',
  'mediacors',
  'steps',
  'clip',
] as const
export type TaskScenario = Pick<Scenario, (typeof TASK_KEYS)[number]>

type Parsers = { [K in keyof Scenario]: (raw: string) => Scenario[K] | undefined }

const num =
  (min: number, max: number) =>
  (raw: string): number | undefined => {
    const n = raw.trim() === '' ? NaN : Number(raw)
    return Number.isFinite(n) && n >= min && n <= max ? n : undefined
  }
const oneOf =
  <T extends string>(...values: T[]) =>
  (raw: string): T | undefined =>
    (values as string[]).includes(raw) ? (raw as T) : undefined
/** `a,b` (any comma) → those values; one unknown value refuses the whole list. */
const listOf =
  <T extends string>(...values: T[]) =>
  (raw: string): T[] | undefined => {
    const list = raw.split(',').filter((v) => v.trim() !== '')
    return list.length > 0 && list.every((v) => (values as string[]).includes(v))
      ? [...new Set(list as T[])]
      : undefined
  }
const bool = (raw: string): boolean | undefined =>
  raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined
const FAULT_KINDS: FaultKind[] = ['html502', 'empty500', 'drop']
const int = (min: number, max: number) => (raw: string) => {
  const n = num(min, max)(raw)
  return n !== undefined && Number.isInteger(n) ? n : undefined
}

/** `steps=5` → a 5 % stride; `steps=10,20,30` (any comma) → those values only, sorted. */
function parseSteps(raw: string): Steps | undefined {
  if (!raw.includes(',')) return int(1, 99)(raw)
  const list = raw
    .split(',')
    .filter((part) => part.trim() !== '')
    .map(int(0, 100))
  if (list.length === 0 || list.some((n) => n === undefined)) return undefined
  return [...new Set(list as number[])].sort((a, b) => a - b)
}

const PARSERS: Parsers = {
  queue: num(0, 86_400),
  len: num(0, 86_400),
  scale: num(0, 1_000),
  fail: oneOf<FailKind>(
    'none',
    'image_review',
    'prompt_review',
    'result_review',
    'other',
    'no_video',
    'unsafe_url',
  ),
  failat: num(0, 1),
  unsafe: oneOf('js', 'ftp'),
  result: oneOf('public', 'private'),
  linkttl: num(0, 7 * 86_400),
  mediacors: bool,
  mediarate: num(0, 1e9),
  shape: oneOf('real', 'guide', 'gemini'),
  dialects: listOf<Dialect>('v2', 'openai', 'newapi'),
  times: oneOf('unix', 'rfc3339'),
  noobject: (raw) =>
    raw === 'none'
      ? []
      : listOf<Family>('sora', 'veo3', 'veo2', 'grok', 'wan', 'kling', 'seedance', 'hailuo')(raw),
  wrap: bool,
  body: oneOf('json', 'text'),
  idstyle: oneOf('task', 'colon', 'uuid'),
  remix: oneOf('yes', '404', 'html'),
  extensions: oneOf('yes', '404', 'html'),
  content: oneOf('yes', '404', 'html'),
  thumb: oneOf('video', 'image', 'fake'),
  clip: oneOf('auto', ...CLIP_NAMES),
  models: oneOf('yes', '404', 'html'),
  quota: oneOf('yes', '404', 'html'),
  pricing: oneOf('yes', '404', 'html'),
  billing: oneOf<Billing>('request', 'second'),
  steps: parseSteps,
  unknown: oneOf('json', 'html'),
  unlimited: bool,
  expose: bool,
  ratelimit: num(0, 1),
  maxrunning: num(0, 1000),
  retryafter: (raw) => (raw === 'none' ? 'none' : num(0, 86_400)(raw)),
  faults: num(0, 1),
  faultkinds: (raw) => {
    const kinds = raw
      .split(',')
      .filter((k): k is FaultKind => (FAULT_KINDS as string[]).includes(k))
    return kinds.length > 0 ? kinds : undefined
  },
  createfault: oneOf<CreateFault>('none', 'html502', 'empty500', 'drop', '429'),
}

function isKey(key: string): key is keyof Scenario {
  return Object.hasOwn(PARSERS, key)
}

function setParsed<K extends keyof Scenario>(out: Partial<Scenario>, key: K, raw: string): void {
  const value = PARSERS[key](raw)
  // A bad value is dropped, so the lower layer (ultimately the default) applies.
  if (value !== undefined) out[key] = value
}

/** Turns `k=v` pairs into a partial scenario; unknown keys and bad values are ignored. */
export function scenarioFromPairs(pairs: Iterable<readonly [string, string]>): Partial<Scenario> {
  const out: Partial<Scenario> = {}
  for (const [rawKey, raw] of pairs) {
    const key = rawKey.trim().toLowerCase()
    if (isKey(key)) setParsed(out, key, raw.trim())
  }
  return out
}

/** Splits `a=1; b=2` or `a=1 b=2` into pairs. */
function splitPairs(text: string): [string, string][] {
  const pairs: [string, string][] = []
  for (const part of text.split(/[;\s]+/)) {
    const eq = part.indexOf('=')
    if (eq > 0) pairs.push([part.slice(0, eq), part.slice(eq + 1)])
  }
  return pairs
}

export function parseScenarioText(text: string | undefined): Partial<Scenario> {
  return text ? scenarioFromPairs(splitPairs(text)) : {}
}

/** Reads every `[sim k=v …]` tag in a prompt (later tags win). */
export function promptScenario(prompt: string): Partial<Scenario> {
  const pairs: [string, string][] = []
  for (const m of prompt.matchAll(/\[sim\b([^\]]*)\]/gi)) pairs.push(...splitPairs(m[1] ?? ''))
  return scenarioFromPairs(pairs)
}

/** The `k=v` text of a value, which parses back to the same value. */
export function formatValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? '1' : '0'
  if (!Array.isArray(value)) return String(value)
  // A one-entry steps list keeps a comma: `steps=30,` is "30 then 100", `steps=30` a stride.
  return value.join(',') + (value.length === 1 && typeof value[0] === 'number' ? ',' : '')
}

/** Re-validates a typed partial (options and CLI can carry anything at runtime). */
export function sanitizeScenario(partial: Partial<Scenario> | undefined): Partial<Scenario> {
  if (!partial) return {}
  const pairs: [string, string][] = []
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined) pairs.push([key, formatValue(value)])
  }
  return scenarioFromPairs(pairs)
}

export function mergeScenario(...layers: (Partial<Scenario> | undefined)[]): Scenario {
  return Object.assign({}, DEFAULT_SCENARIO, ...layers) as Scenario
}

export function pickTaskKeys(s: Scenario): TaskScenario {
  const out = {} as Record<string, unknown>
  for (const key of TASK_KEYS) out[key] = s[key]
  return out as TaskScenario
}
