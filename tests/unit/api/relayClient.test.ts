import { describe, expect, it, vi } from 'vitest'
import { RelayError } from '../../../src/api/errors.ts'
import { createRelayClient } from '../../../src/api/relayClient.ts'

const BASE = 'https://relay.example.com'
const KEY = 'sk-test-SECRET1234'

type Reply = Response | (() => Response | Promise<Response>) | Error

interface Call {
  url: string
  init: RequestInit
}

/** A fetch that answers from a list and records what it was asked. */
function fakeRelay(...replies: Reply[]) {
  const calls: Call[] = []
  const fetch = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    calls.push({ url: input instanceof Request ? input.url : input.toString(), init })
    const reply = replies.shift()
    if (!reply) throw new Error('no more replies')
    if (reply instanceof Error) throw reply
    return typeof reply === 'function' ? reply() : reply
  })
  const client = createRelayClient(() => ({ baseUrl: BASE, apiKey: KEY }), fetch)
  return { client, calls, fetch }
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
const text = (
  body: string,
  status = 200,
  contentType = 'text/plain; charset=utf-8',
  headers: Record<string, string> = {},
) => new Response(body, { status, headers: { 'Content-Type': contentType, ...headers } })

async function caught(p: Promise<unknown>): Promise<RelayError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(RelayError)
    return e as RelayError
  }
  throw new Error('expected a RelayError')
}

const NGINX_502 =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'
const NEW_API_UI =
  '<!doctype html><html><head><title>New API</title></head><body><div id="root"></div></body></html>'

describe('createTask', () => {
  it('sends the body as JSON with the key only in the Authorization header', async () => {
    const { client, calls } = fakeRelay(json({ task_id: 'task_abc' }))
    const body = { model: 'sora-2', prompt: 'a cat', aspect_ratio: '16:9', duration: '10' }
    await expect(client.createTask(body)).resolves.toEqual({ id: 'task_abc' })
    const call = calls[0]!
    expect(call.url).toBe(`${BASE}/v2/videos/generations`)
    expect(call.url).not.toContain(KEY)
    expect(call.init.method).toBe('POST')
    expect(call.init.cache).toBe('no-store')
    expect(JSON.parse(call.init.body as string)).toEqual(body)
    expect(call.init.headers).toMatchObject({
      Authorization: `Bearer ${KEY}`,
      'Content-Type': 'application/json',
    })
  })

  it.each([
    [
      'the relay’s {task_id} alone',
      json({ task_id: 'veo3:1756693796-YQVHH4A3Lg' }),
      'veo3:1756693796-YQVHH4A3Lg',
    ],
    [
      'the guide’s full answer',
      json({ task_id: 'abc123', status: 'NOT_START', progress: 0, created_at: 1 }),
      'abc123',
    ],
    ['a wrapped answer', json({ code: 'success', message: '', data: { task_id: 'w1' } }), 'w1'],
    ['JSON sent as text/plain', text('{"task_id":"p1"}'), 'p1'],
    ['a numeric id', json({ task_id: 12345 }), '12345'],
  ])('reads %s', async (_name, reply, id) => {
    await expect(fakeRelay(reply).client.createTask({ model: 'm', prompt: 'p' })).resolves.toEqual({
      id,
    })
  })

  it('calls an answer without a task id malformed', async () => {
    expect(
      (await caught(fakeRelay(json({ ok: true })).client.createTask({ model: 'm', prompt: 'p' })))
        .kind,
    ).toBe('malformed')
  })

  it('never retries a create, and flags a dropped one as possibly charged', async () => {
    const { client, fetch } = fakeRelay(new TypeError('Failed to fetch'), text('', 200))
    const e = await caught(client.createTask({ model: 'm', prompt: 'p' }))
    // one create, then one no-cors probe of the base URL (no key, no body)
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(fetch.mock.calls[1]?.[1]).toMatchObject({ mode: 'no-cors' })
    expect(JSON.stringify(fetch.mock.calls[1]?.[1])).not.toContain(KEY)
    expect(e.kind).toBe('cors')
    expect(e.mayHaveReachedRelay).toBe(true)
  })

  it('shows a 400 review rejection as a review failure', async () => {
    const e = await caught(
      fakeRelay(
        json({ error: { message: 'prompt rejected by content review', code: '' } }, 400),
      ).client.createTask({ model: 'm', prompt: 'p' }),
    )
    expect(e).toMatchObject({ kind: 'review', review: 'prompt_review', status: 400 })
  })
})

describe('getTask', () => {
  it('encodes ids in the path (ids may carry a colon)', async () => {
    const { client, calls } = fakeRelay(
      json({ task_id: 'veo3:17-ab/c', status: 'IN_PROGRESS', progress: '10%' }),
    )
    await client.getTask('veo3:17-ab/c')
    expect(calls[0]!.url).toBe(`${BASE}/v2/videos/generations/veo3%3A17-ab%2Fc`)
    expect(calls[0]!.init.method).toBe('GET')
  })

  it('reads the relay’s real answer', async () => {
    const real = {
      task_id: 't',
      platform: 'sora',
      action: 'generate',
      status: 'SUCCESS',
      fail_reason: '',
      submit_time: 1756693796,
      start_time: 1756693800,
      finish_time: 1756693990,
      progress: '100%',
      data: {
        output: 'https://cdn.example.com/video.mp4',
        outputs: ['https://cdn.example.com/video.mp4'],
      },
      search_item: '',
    }
    await expect(fakeRelay(json(real)).client.getTask('t')).resolves.toEqual({
      id: 't',
      status: 'succeeded',
      progress: 100,
      videoUrl: 'https://cdn.example.com/video.mp4',
      failure: null,
    })
  })

  it('unwraps new-api’s {code, message, data} whatever type code has', async () => {
    for (const code of ['success', 0, true]) {
      const snap = await fakeRelay(
        json({ code, message: '', data: { task_id: 't', status: 'IN_PROGRESS', progress: '20%' } }),
      ).client.getTask('t')
      expect(snap).toMatchObject({ status: 'running', progress: 20 })
    }
  })

  it('takes data:null for an unknown task (not found), not "not started"', async () => {
    const e = await caught(
      fakeRelay(json({ code: 'success', message: '', data: null })).client.getTask('gone'),
    )
    expect(e.kind).toBe('not_found')
  })

  it('keeps data:null inside a real task as "no result yet"', async () => {
    const snap = await fakeRelay(
      json({ task_id: 't', status: 'NOT_START', progress: '0%', data: null }),
    ).client.getTask('t')
    expect(snap).toMatchObject({ status: 'queued', progress: 0 })
  })

  it.each([
    ['a 2xx HTML page (a gateway’s web UI)', 'not_relay', text(NEW_API_UI, 200, 'text/html')],
    ['2xx HTML sent as text/plain', 'not_relay', text(NEW_API_UI, 200)],
    ['an nginx 502 page', 'server', text(NGINX_502, 502, 'text/html')],
    ['an empty 500', 'server', text('', 500, '')],
    ['an empty 200', 'malformed', text('', 200, 'application/json')],
    ['truncated JSON', 'malformed', text('{"task_id":"t","sta', 200, 'application/json')],
    ['a JSON string', 'malformed', json('ok')],
    ['an array', 'malformed', json([1, 2])],
    [
      '413 from a proxy',
      'payload_too_large',
      text(
        '<html><head><title>413 Request Entity Too Large</title></head></html>',
        413,
        'text/html',
      ),
    ],
    [
      '404 JSON',
      'not_found',
      json({ error: { message: 'Invalid URL (GET /v2/videos/generations/x)' } }, 404),
    ],
    ['504 from a gateway', 'timeout', text('', 504)],
  ])('%s → %s', async (_name, kind, reply) => {
    expect((await caught(fakeRelay(reply).client.getTask('t'))).kind).toBe(kind)
  })

  it('reads the relay’s message from every error shape', async () => {
    const cases: [Response, string][] = [
      [
        json(
          { error: { message: 'Invalid token (request id: 1)', type: 'new_api_error', code: '' } },
          401,
        ),
        'Invalid token (request id: 1)',
      ],
      [
        json({ code: 'task_not_exist', message: 'task_origin_not_exist', data: null }, 400),
        'task_origin_not_exist',
      ],
      [json({ message: 'bad duration' }, 400), 'bad duration'],
      [json({ error: 'plain error string' }, 400), 'plain error string'],
      [text('duration must be 10, 15 or 25', 400), 'duration must be 10, 15 or 25'],
      [json('bare string', 400), 'bare string'],
      [text(NGINX_502, 502, 'text/html'), '502 Bad Gateway'],
    ]
    for (const [reply, detail] of cases) {
      expect((await caught(fakeRelay(reply).client.getTask('t'))).detail).toBe(detail)
    }
    expect((await caught(fakeRelay(text('', 500, '')).client.getTask('t'))).detail).toBeUndefined()
  })

  it('tells a wrong key apart, in English or Chinese', async () => {
    for (const message of ['Invalid token', '无效的令牌']) {
      const e = await caught(
        fakeRelay(json({ error: { message, type: 'new_api_error' } }, 401)).client.getTask('t'),
      )
      expect(e).toMatchObject({ kind: 'auth', status: 401, detail: message })
    }
  })

  it('reads Retry-After when the browser may see it, and not otherwise', async () => {
    const withHeader = await caught(
      fakeRelay(text('', 429, '', { 'Retry-After': '7' })).client.getTask('t'),
    )
    expect(withHeader).toMatchObject({ kind: 'rate_limited', retryAfterMs: 7000 })
    const jsonLimit = await caught(
      fakeRelay(
        json({ error: { message: '当前分组上游负载已饱和，请稍后再试' } }, 429),
      ).client.getTask('t'),
    )
    expect(jsonLimit).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: undefined,
      detail: '当前分组上游负载已饱和，请稍后再试',
    })
  })

  it('scrubs the key from any error text, even if a relay echoes it', async () => {
    const e = await caught(
      fakeRelay(json({ error: { message: `bad key ${KEY} here` } }, 401)).client.getTask('t'),
    )
    expect(e.detail).toBe('bad key ••• here')
    expect(e.message).not.toContain(KEY)
  })

  it('tells "blocked by the browser" from "unreachable" with a no-cors probe', async () => {
    const cors = fakeRelay(new TypeError('Failed to fetch'), new Response(null, { status: 200 }))
    expect((await caught(cors.client.getTask('t'))).kind).toBe('cors')
    const down = fakeRelay(new TypeError('Failed to fetch'), new TypeError('Failed to fetch'))
    const e = await caught(down.client.getTask('t'))
    expect(e.kind).toBe('network')
    expect(e.mayHaveReachedRelay).toBe(false)
    expect(down.calls[1]!.url).toBe(BASE)
  })

  it('times out a read that never answers', async () => {
    const hang = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        )
      })
    const client = createRelayClient(() => ({ baseUrl: BASE, apiKey: KEY }), hang)
    expect((await caught(client.getTask('t', { timeoutMs: 20 }))).kind).toBe('timeout')
  })

  it('lets the caller’s abort through untouched (react-query cancels polls)', async () => {
    const hang = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        )
      })
    const client = createRelayClient(() => ({ baseUrl: BASE, apiKey: KEY }), hang)
    const controller = new AbortController()
    const pending = client.getTask('t', { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('asks for settings when no relay is configured, without any request', async () => {
    const fetch = vi.fn()
    const client = createRelayClient(() => null, fetch)
    expect((await caught(client.getTask('t'))).kind).toBe('config')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('strips a trailing slash of the base URL', async () => {
    const fetch = vi.fn(() => Promise.resolve(json({ task_id: 't', status: 'QUEUED' })))
    const client = createRelayClient(() => ({ baseUrl: `${BASE}/api/`, apiKey: KEY }), fetch)
    await client.getTask('t')
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe(
      `${BASE}/api/v2/videos/generations/t`,
    )
  })
})

describe('remixTask', () => {
  it('posts the prompt and reads the OpenAI video object it answers', async () => {
    const { client, calls } = fakeRelay(
      json({
        id: 'video_9',
        task_id: 'video_9',
        object: 'video',
        model: 'sora-2',
        status: 'queued',
        progress: 0,
        created_at: 1,
      }),
    )
    await expect(client.remixTask('sora:1-ab', 'now at dusk')).resolves.toEqual({ id: 'video_9' })
    expect(calls[0]!.url).toBe(`${BASE}/v1/videos/sora%3A1-ab/remix`)
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ prompt: 'now at dusk' })
  })

  it.each([
    ['a 404', json({ error: { message: 'Invalid URL (POST /v1/videos/t/remix)' } }, 404)],
    ['a 200 HTML page', text(NEW_API_UI, 200, 'text/html')],
  ])('takes %s as "this relay has no remix"', async (_name, reply) => {
    expect((await caught(fakeRelay(reply).client.remixTask('t', 'p'))).kind).toBe('unsupported')
  })

  it('reports another account’s (or an expired) task as not found, with the relay’s words', async () => {
    const e = await caught(
      fakeRelay(
        json({ code: 'task_not_exist', message: 'task_origin_not_exist', data: null }, 400),
      ).client.remixTask('t', 'p'),
    )
    expect(e).toMatchObject({ kind: 'not_found', detail: 'task_origin_not_exist' })
  })
})

describe('getQuota and listModels', () => {
  it.each([
    [
      'the relay’s shape',
      json({ id: 1, name: 'k', quota: 750000, unlimited_quota: false, used_quota: 250000 }),
    ],
    [
      'the guide’s shape',
      json({ total_quota: 1000000, used_quota: 250000, remaining_quota: 750000 }),
    ],
    [
      'wrapped as data.quota',
      json({ code: 'success', data: { quota: 750000, used_quota: 250000 } }),
    ],
    ['as text/plain', text('{"quota":750000,"used_quota":250000}')],
  ])('reads %s', async (_name, reply) => {
    await expect(fakeRelay(reply).client.getQuota()).resolves.toEqual({
      unlimited: false,
      remaining: 750000,
      used: 250000,
      total: 1000000,
    })
  })

  it('calls a quota answer without quota fields malformed', async () => {
    expect((await caught(fakeRelay(json({ hello: 1 })).client.getQuota())).kind).toBe('malformed')
  })

  it('lists model ids', async () => {
    await expect(
      fakeRelay(
        json({ object: 'list', data: [{ id: 'sora-2' }, { id: 'veo3.1' }] }),
      ).client.listModels(),
    ).resolves.toEqual({ ids: ['sora-2', 'veo3.1'], hints: {} })
  })

  it('keeps new-api’s endpoint types from the model list (its price list has no CORS)', async () => {
    await expect(
      fakeRelay(
        json({
          success: true,
          object: 'list',
          data: [
            { id: 'sora-2', supported_endpoint_types: ['openai-video'] },
            { id: 'kling-v1', supported_endpoint_types: ['openai'] },
            { id: 'odd', supported_endpoint_types: 'openai-video' },
            { id: 'sora-2', supported_endpoint_types: ['openai'] },
          ],
        }),
      ).client.listModels(),
    ).resolves.toEqual({
      ids: ['sora-2', 'kling-v1', 'odd'],
      hints: {
        'sora-2': { video: true, openaiVideo: true },
        'kling-v1': { video: false },
        odd: { video: null },
      },
    })
  })
})

describe('fetchMedia', () => {
  it('sends the key to the relay’s own origin only', async () => {
    const { client, calls } = fakeRelay(
      new Response(new Uint8Array([0, 0, 0, 24]), { status: 200 }),
    )
    const blob = await client.fetchMedia(`${BASE}/v1/videos/t/content`)
    expect(blob.size).toBe(4)
    expect(calls[0]!.init.headers).toMatchObject({ Authorization: `Bearer ${KEY}` })

    const other = fakeRelay()
    expect((await caught(other.client.fetchMedia('https://cdn.elsewhere.com/v.mp4'))).kind).toBe(
      'config',
    )
    expect(other.fetch).not.toHaveBeenCalled()
  })
})

describe('what the wire really sends (review findings)', () => {
  it('reads JSON whatever the content type claims, even text/html', async () => {
    const snap = await fakeRelay(
      text('{"task_id":"t","status":"QUEUED"}', 200, 'text/html; charset=UTF-8'),
    ).client.getTask('t')
    expect(snap.status).toBe('queued')
  })

  it('takes any 2xx page that is not JSON as "not a relay API"', async () => {
    expect(
      (await caught(fakeRelay(text('<!-- gateway --><div>hi</div>', 200, '')).client.getTask('t')))
        .kind,
    ).toBe('not_relay')
  })

  it('does not blame the key for a challenge page, nor for a spent key', async () => {
    const challenge = text(
      '<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>',
      403,
      'text/html',
    )
    expect(await caught(fakeRelay(challenge).client.getTask('t'))).toMatchObject({
      kind: 'not_relay',
      detail: 'Just a moment...',
    })
    const spent = json({ error: { message: '该令牌额度已用尽', type: 'new_api_error' } }, 401)
    expect((await caught(fakeRelay(spent).client.getTask('t'))).kind).toBe('quota')
  })

  it('reads a 200 wrapper that carries an error, with the relay’s words', async () => {
    const refused = json({ code: 'quota_not_enough', message: '额度不足', data: null })
    const e = await caught(fakeRelay(refused).client.createTask({ model: 'm', prompt: 'p' }))
    expect(e).toMatchObject({ kind: 'quota', detail: '额度不足', mayHaveReachedRelay: false })
    const gone = json({ code: 'task_not_exist', message: 'task_not_exist', data: null })
    expect((await caught(fakeRelay(gone).client.getTask('t'))).kind).toBe('not_found')
  })

  it.each([
    ['a gateway timeout', text('', 504), 'timeout'],
    ['a 502 page', text(NGINX_502, 502, 'text/html'), 'server'],
    ['a truncated 200', text('{"task_id":"ab', 200, 'application/json'), 'malformed'],
  ])('flags a create that got %s as possibly charged', async (_name, reply, kind) => {
    expect(
      await caught(fakeRelay(reply).client.createTask({ model: 'm', prompt: 'p' })),
    ).toMatchObject({
      kind,
      mayHaveReachedRelay: true,
    })
  })

  it('does not flag a create that was refused outright', async () => {
    const e = await caught(
      fakeRelay(json({ error: { message: 'bad duration' } }, 400)).client.createTask({
        model: 'm',
        prompt: 'p',
      }),
    )
    expect(e.mayHaveReachedRelay).toBe(false)
  })

  it('calls a dropped connection at a relay that answered before "network", without probing', async () => {
    const { client, fetch } = fakeRelay(
      json({ task_id: 't', status: 'QUEUED' }),
      new TypeError('Failed to fetch'),
    )
    await client.getTask('t')
    expect((await caught(client.getTask('t'))).kind).toBe('network')
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('scrubs the key before cutting a long text, so no piece of it survives', async () => {
    const long = `${'x'.repeat(290)} ${KEY} tail`
    const e = await caught(fakeRelay(text(long, 400)).client.getTask('t'))
    expect(e.detail).not.toContain(KEY.slice(0, 8))
    const notFound = await caught(
      fakeRelay(
        json({ code: 'success', message: `no task for ${KEY}`, data: null }),
      ).client.getTask('t'),
    )
    expect(notFound.detail).toBe('no task for •••')
    const failed = await fakeRelay(
      json({ task_id: 't', status: 'FAILURE', fail_reason: `key ${KEY} blocked` }),
    ).client.getTask('t')
    expect(failed.failure?.reason).toBe('key ••• blocked')
  })
})
