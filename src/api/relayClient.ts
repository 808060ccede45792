import { normalizePricing, type ModelPrice } from './pricing.ts'
import { RelayError, type RelayErrorKind } from './errors.ts'
import { requestJson, type HttpDeps, type RequestOptions } from './http.ts'
import { isObject } from '../lib/guards.ts'
import {
  looksLikeQuota,
  looksLikeTask,
  normalizeModels,
  type ModelList,
  normalizeQuota,
  readTaskId,
} from './normalize.ts'
import { isOnOrigin } from './safeUrl.ts'
import { unwrap } from './json.ts'
import type { CreateTaskBody, Credentials, Quota, TaskSnapshot } from './types.ts'
import { fetchWithStartDeadline } from '../lib/fetchStart.ts'
import { createPath, taskPath, type Dialect } from './dialects.ts'

export type CallOptions = Pick<RequestOptions, 'signal' | 'timeoutMs'>
/** Which dialect the request speaks (docs/relay-dialects.md); the guide's when not said. */
type TaskCallOptions = CallOptions & { dialect?: Dialect }

const path = {
  remix: (id: string) => `/v1/videos/${encodeURIComponent(id)}/remix`,
  content: (id: string) => `/v1/videos/${encodeURIComponent(id)}/content`,
  quota: '/v1/token/quota',
  models: '/v1/models',
  pricing: '/api/pricing',
  /** The built-in simulator's own route (the demo relay only): the caller's quota refilled. */
  refill: '/__sim/refill',
}

/** The task id in a create's answer (wrapped or not); a malformed answer where there is none. */
export function taskIdFrom(body: unknown): string {
  const obj = unwrap(body, looksLikeTask)
  const id = isObject(obj) ? readTaskId(obj) : undefined
  if (!id) throw new RelayError('malformed', { detail: 'no task id in the answer' })
  return id
}

export interface RelayClient {
  /** A create in the given dialect: a JSON body, or a form where a file part goes with it. */
  createTask(body: CreateTaskBody | FormData, opts?: TaskCallOptions): Promise<{ id: string }>
  getTask(id: string, opts?: TaskCallOptions): Promise<TaskSnapshot>
  /** A read of any relay path (the dialect probe's, see probeDialects.ts). */
  read(path: string, opts?: CallOptions): Promise<unknown>
  remixTask(id: string, prompt: string, opts?: CallOptions): Promise<{ id: string }>
  /** A JSON POST to any relay path (the extensions route's, see extensions.ts). */
  post(path: string, body: unknown, opts?: CallOptions): Promise<unknown>
  getQuota(opts?: CallOptions): Promise<Quota>
  /** The demo relay's "Reset demo quota": this key's play account full again; its new quota. */
  refillDemoQuota(opts?: CallOptions): Promise<Quota>
  listModels(opts?: CallOptions): Promise<ModelList>
  /** new-api's public price list: which ids are video models, and their per-request price. */
  getPricing(opts?: CallOptions): Promise<ModelPrice[]>
  /** Fetches a result on the relay's own origin with the key, for a blob URL. */
  fetchMedia(url: string, opts?: CallOptions): Promise<Blob>
  /** The same, as a response still streaming (to keep a file without holding it in memory). */
  openMedia(url: string, opts?: CallOptions): Promise<Response>
  /**
   * A finished task's file from the relay itself (`GET /v1/videos/{id}/content`, new-api and
   * OpenAI's route): where a relay serves it, it outlives the result link.
   */
  openContent(id: string, opts?: CallOptions): Promise<Response>
  /**
   * Its poster (`…/content?variant=thumbnail`, OpenAI's route). new-api ignores the variant and
   * sends the video: the caller checks what the bytes are.
   */
  openThumbnail(id: string, opts?: CallOptions): Promise<Response>
}

export function createRelayClient(
  getCredentials: () => Credentials | null,
  fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
): RelayClient {
  const deps: HttpDeps = { getCredentials, fetch: fetchImpl, answered: new Set() }
  const baseUrl = () => getCredentials()?.baseUrl ?? ''

  return {
    async createTask(body, opts) {
      try {
        const answer = await requestJson(deps, createPath(opts?.dialect ?? 'v2'), {
          ...opts,
          method: 'POST',
          body,
        })
        return { id: taskIdFrom(answer) }
      } catch (e) {
        // No create route at this address: the base URL is wrong, not "the task is unknown".
        if (e instanceof RelayError && e.kind === 'not_found') {
          throw new RelayError('not_relay', { status: e.status, detail: e.detail })
        }
        throw e
      }
    },

    async getTask(id, opts) {
      const dialect = opts?.dialect ?? 'v2'
      const body = await requestJson(deps, taskPath(dialect, id), opts)
      // new-api answers an unknown task with {code:"success", data:null}: not "not started".
      if (isObject(body) && body.data === null && !looksLikeTask(body)) {
        throw new RelayError('not_found', {
          detail: typeof body.message === 'string' ? body.message : undefined,
        })
      }
      const task = unwrap(body, looksLikeTask)
      if (!isObject(task) || !looksLikeTask(task)) {
        throw new RelayError('malformed', { detail: 'the answer holds no task' })
      }
      // OpenAI's object carries no link for Sora or Veo, and new-api's proxy link may be
      // built on a wrong address: both mean the relay's own copy of the file.
      const contentUrl =
        dialect === 'v2' ? undefined : `${baseUrl().replace(/\/+$/, '')}${path.content(id)}`
      // The task reader waits for the first task read: the first screen does not need it.
      const { normalizeTask } = await import('./normalizeTask.ts')
      return normalizeTask(task, id, baseUrl(), { contentUrl })
    },

    read: (path, opts) => requestJson(deps, path, opts),

    post: (target, body, opts) => requestJson(deps, target, { ...opts, method: 'POST', body }),

    async remixTask(id, prompt, opts) {
      try {
        return {
          id: taskIdFrom(
            await requestJson(deps, path.remix(id), { ...opts, method: 'POST', body: { prompt } }),
          ),
        }
      } catch (e) {
        // A 404, or a gateway's 200 HTML page, means this relay has no remix route.
        if (e instanceof RelayError && (e.kind === 'not_found' || e.kind === 'not_relay')) {
          throw new RelayError('unsupported', { status: e.status, detail: e.detail })
        }
        // new-api's 400 task_not_exist: the source is another key's, or has expired.
        if (
          e instanceof RelayError &&
          e.kind === 'bad_request' &&
          /task_(origin_)?not_exist/.test(e.detail ?? '')
        ) {
          throw new RelayError('not_found', { status: e.status, detail: e.detail })
        }
        throw e
      }
    },

    async getQuota(opts) {
      const q = unwrap(await requestJson(deps, path.quota, opts), looksLikeQuota)
      if (!isObject(q) || !looksLikeQuota(q))
        throw new RelayError('malformed', { detail: 'no quota fields' })
      return normalizeQuota(q)
    },

    async refillDemoQuota(opts) {
      const q = await requestJson(deps, path.refill, { ...opts, method: 'POST', body: {} })
      if (!isObject(q) || !looksLikeQuota(q))
        throw new RelayError('malformed', { detail: 'no quota fields' })
      return normalizeQuota(q)
    },

    async listModels(opts) {
      return normalizeModels(await requestJson(deps, path.models, opts))
    },

    async getPricing(opts) {
      return normalizePricing(await requestJson(deps, path.pricing, opts))
    },

    async fetchMedia(url, opts) {
      // Held whole in memory for a blob URL: the whole of it, not only its start, has a deadline.
      const total = AbortSignal.timeout(opts?.timeoutMs ?? 120_000)
      const signal = opts?.signal ? AbortSignal.any([opts.signal, total]) : total
      try {
        const res = await openWithKey(getCredentials, fetchImpl, url, { ...opts, signal })
        return await res.blob()
      } catch (e) {
        if (e instanceof RelayError || opts?.signal?.aborted) throw e
        throw new RelayError(total.aborted ? 'timeout' : 'network')
      }
    },

    openMedia: (url, opts) => openWithKey(getCredentials, fetchImpl, url, opts),

    openContent: (id, opts) =>
      openWithKey(
        getCredentials,
        fetchImpl,
        `${baseUrl().replace(/\/+$/, '')}${path.content(id)}`,
        opts,
      ),

    openThumbnail: (id, opts) =>
      openWithKey(
        getCredentials,
        fetchImpl,
        `${baseUrl().replace(/\/+$/, '')}${path.content(id)}?variant=thumbnail`,
        { timeoutMs: 30_000, ...opts },
      ),
  }
}

/** A media answer with the key, from the configured relay's own origin only; checked before use. */
async function openWithKey(
  getCredentials: () => Credentials | null,
  fetchImpl: typeof fetch,
  url: string,
  opts?: CallOptions,
): Promise<Response> {
  const creds = getCredentials()
  if (!creds || !isOnOrigin(url, creds.baseUrl)) throw new RelayError('config')
  let res: Response
  try {
    res = await fetchWithStartDeadline(
      fetchImpl,
      url,
      {
        headers: { Authorization: `Bearer ${creds.apiKey}` },
        cache: 'no-store',
        signal: opts?.signal,
      },
      opts?.timeoutMs ?? 120_000,
    )
  } catch (e) {
    if (opts?.signal?.aborted) throw e
    throw new RelayError(
      e instanceof DOMException && e.name === 'TimeoutError' ? 'timeout' : 'network',
    )
  }
  if (!res.ok) throw new RelayError(mediaErrorKind(res.status), { status: res.status })
  // A page or an error body where a clip was due is not a video.
  const type = res.headers.get('content-type') ?? ''
  if (/html|json/i.test(type)) throw new RelayError('not_relay', { status: res.status })
  return res
}

function mediaErrorKind(status: number): RelayErrorKind {
  if (status === 401) return 'auth'
  // A signed link past its time answers 403 (S3, OSS): the link is gone, the key is fine.
  if (status === 403 || status === 404 || status === 410) return 'not_found'
  if (status === 429) return 'rate_limited'
  return 'server'
}
