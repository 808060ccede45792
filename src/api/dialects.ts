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

const CONTENT_ROUTE = /\/v1\/videos\/[^/]+\/content$/

/** A link to a relay's own copy of a result (`…/v1/videos/{id}/content`): it opens only with the key. */
export function isContentRoute(url: string): boolean {
  try {
    return CONTENT_ROUTE.test(new URL(url).pathname)
  } catch {
    return false
  }
}
