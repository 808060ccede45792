import { RelayError } from './errors.ts'

/**
 * The three ways relays take and report a video task (docs/relay-dialects.md): the relay
 * guide's `/v2/videos/generations`, OpenAI's video object on `/v1/videos`, and new-api's
 * `/v1/video/generations`. Remix and a finished task's file are on `/v1/videos/{id}/…` in all.
 */
export type Dialect = 'v2' | 'openai' | 'newapi'
export const DIALECTS: readonly Dialect[] = ['v2', 'openai', 'newapi']

const ROUTES: Record<Dialect, string> = {
  v2: '/v2/videos/generations',
  openai: '/v1/videos',
  newapi: '/v1/video/generations',
}

export const createPath = (dialect: Dialect) => ROUTES[dialect]
export const taskPath = (dialect: Dialect, id: string) =>
  `${ROUTES[dialect]}/${encodeURIComponent(id)}`

/**
 * Whether a read of a made-up task on a dialect's route says the route exists. A relay with
 * the route answers about the task: the guide's `{code:"success", data:null}`, new-api's
 * 400 `task_not_exist`, or a 404 that names the task. One without it answers as for any
 * unrouted path: new-api's 404 "Invalid URL", a plain 404, or a web page. A wrong key, a
 * server error or no connection says nothing either way: the caller hears that error.
 */
const SAYS_NOTHING = new Set([
  'auth',
  'network',
  'timeout',
  'cors',
  'rate_limited',
  'server',
  'config',
])

export function routeAnswered(outcome: unknown): boolean {
  if (!(outcome instanceof RelayError)) return true
  const { kind, status, detail = '' } = outcome
  if (SAYS_NOTHING.has(kind)) throw outcome
  if (kind === 'not_relay' || /invalid url/i.test(detail)) return false
  if (status === 404) return /task|video|exist/i.test(detail)
  return status === 400 || status === 422 || status === 501
}
