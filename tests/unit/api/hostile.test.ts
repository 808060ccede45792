import { afterEach, describe, expect, it, vi } from 'vitest'
import { RelayError } from '../../../src/api/errors.ts'
import { createRelayClient } from '../../../src/api/relayClient.ts'

// Each answer here once escaped the client as something other than a RelayError, or was
// kept in a shape that broke the app (a security and reliability review, issue 11).

const BASE = 'https://relay.example.com'
const KEY = 'sk-hostile-SECRET4321'
const answering = (body: string, status = 200) =>
  createRelayClient(
    () => ({ baseUrl: BASE, apiKey: KEY }),
    () =>
      Promise.resolve(
        new Response(body, { status, headers: { 'Content-Type': 'application/json' } }),
      ),
  )
const kindOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: unknown) => (e instanceof RelayError ? e.kind : `escaped: ${String(e)}`),
  )

afterEach(() => vi.restoreAllMocks())

describe('hostile answers', () => {
  it('a code whose toString is not a function: a RelayError from every method', async () => {
    const c = answering('{"code":{"toString":1},"data":null}')
    expect(await kindOf(c.getTask('t'))).toBe('bad_request')
    expect(await kindOf(c.createTask({ model: 'm', prompt: 'p' }))).toBe('bad_request')
    expect(await kindOf(c.remixTask('t', 'p'))).toBe('bad_request')
    expect(await kindOf(c.getQuota())).toBe('bad_request')
    expect(await kindOf(c.listModels())).toBe('bad_request')
    expect(await kindOf(c.getPricing())).toBe('bad_request')
  })

  it('a status nested 5,000 deep is a malformed answer, not a RangeError', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const deep = '{"status":'.repeat(5000) + '"SUCCESS"' + '}'.repeat(5000)
    expect(await kindOf(answering(deep).getTask('t'))).toMatch(/^(malformed|resolved)$/)
  })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'status %j is an unknown word (still polling), never a function',
    async (word) => {
      vi.spyOn(console, 'warn').mockImplementation(() => {})
      const s = await answering(JSON.stringify({ task_id: 't', status: word })).getTask('t')
      expect(s.status).toBe('running')
    },
  )

  it('an error code "constructor" still gives a failure kind with words', async () => {
    const s = await answering(
      JSON.stringify({ task_id: 't', status: 'FAILURE', error: { code: 'constructor' } }),
    ).getTask('t')
    expect(s.failure).toEqual({ kind: 'generic', reason: 'constructor' })
  })

  it('a 600,000-character fail_reason is kept as 2,000 characters and a count of the rest', async () => {
    const reason = '错'.repeat(600_000) // 1.8 MB: under the answer cap
    const s = await answering(
      JSON.stringify({ task_id: 't', status: 'FAILURE', fail_reason: reason }),
    ).getTask('t')
    expect(s.failure?.reason).toBe(`${'错'.repeat(2000)}… (+598000)`)
  })

  it('a megabyte error message is cut the same way', async () => {
    const e = await answering(JSON.stringify({ error: { message: 'x'.repeat(1_000_000) } }), 400)
      .getTask('t')
      .catch((e: unknown) => e)
    expect(e).toBeInstanceOf(RelayError)
    expect((e as RelayError).detail).toBe(`${'x'.repeat(2000)}… (+998000)`)
  })

  it('the key echoed with JSON escapes is scrubbed once parsed', async () => {
    const escaped = KEY.replace('s', '\\u0073')
    const s = await answering(
      `{"task_id":"t","status":"FAILURE","fail_reason":"bad key ${escaped} used"}`,
    ).getTask('t')
    expect(s.failure?.reason).toBe('bad key ••• used')
    const e = await answering(`{"message":"key ${escaped}"}`, 401)
      .getQuota()
      .catch((e: unknown) => e)
    expect((e as RelayError).detail).toBe('key •••')
  })

  it.each(['..', '.', '...'])('a task id of dots (%j) is refused as malformed', async (id) => {
    expect(
      await kindOf(
        answering(JSON.stringify({ task_id: id })).createTask({ model: 'm', prompt: 'p' }),
      ),
    ).toBe('malformed')
  })
})

describe('answers too large to read', () => {
  const client = (body: () => Response) =>
    createRelayClient(
      () => ({ baseUrl: BASE, apiKey: KEY }),
      () => Promise.resolve(body()),
    )

  it('a 3 MB status body is stopped, with an error that says so', async () => {
    const big = JSON.stringify({ task_id: 't', status: 'queued', pad: 'x'.repeat(3_000_000) })
    expect(await kindOf(client(() => new Response(big)).getTask('t'))).toBe('answer_too_large')
  })

  it('an endless body is read no further than the cap', async () => {
    let sent = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024
        controller.enqueue(new Uint8Array(64 * 1024).fill(32))
      },
    })
    expect(await kindOf(client(() => new Response(endless)).getTask('t'))).toBe('answer_too_large')
    expect(sent).toBeLessThan(3 * 1024 * 1024)
  })

  it('a declared Content-Length past the cap is refused before reading', async () => {
    const e = await client(
      () => new Response('{}', { headers: { 'Content-Length': String(50 * 1024 * 1024) } }),
    )
      .createTask({ model: 'm', prompt: 'p' })
      .catch((e: unknown) => e)
    expect(e).toBeInstanceOf(RelayError)
    expect((e as RelayError).kind).toBe('answer_too_large')
    // A create whose answer could not be read may still have started (and charged) a task.
    expect((e as RelayError).mayHaveReachedRelay).toBe(true)
  })

  it('an answer just under the cap is still read', async () => {
    const near = JSON.stringify({ task_id: 't', status: 'queued', pad: 'x'.repeat(2_000_000) })
    expect((await client(() => new Response(near)).getTask('t')).status).toBe('queued')
  })
})
