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

  it('a megabyte fail_reason is kept as 2,000 characters and a count of the rest', async () => {
    const reason = '错'.repeat(1_000_000)
    const s = await answering(
      JSON.stringify({ task_id: 't', status: 'FAILURE', fail_reason: reason }),
    ).getTask('t')
    expect(s.failure?.reason).toBe(`${'错'.repeat(2000)}… (+998000)`)
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
