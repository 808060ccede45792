import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { unwrap } from '../../../src/api/json.ts'
import { looksLikeTask, readTaskId } from '../../../src/api/normalize.ts'
import { normalizeTask } from '../../../src/api/normalizeTask.ts'
import { isObject, type JsonObject } from '../../../src/lib/guards.ts'

/** Real answers from each dialect's sources (tests/fixtures/dialects/SOURCES.md says which). */
const answer = (name: string): JsonObject => {
  const body: unknown = JSON.parse(
    readFileSync(join(process.cwd(), 'tests/fixtures/dialects', `${name}.json`), 'utf8'),
  )
  const task = unwrap(body, looksLikeTask)
  if (!isObject(task)) throw new Error(`${name}: no task`)
  return task
}

const BASE = 'https://relay.example.com'
const read = (name: string, contentUrl?: string) =>
  normalizeTask(answer(name), 'asked-id', BASE, contentUrl ? { contentUrl } : {})

describe('every dialect’s finished task reads as the same snapshot', () => {
  it('new-api’s /v1/video/generations task (wrapped, "SUCCESS", "100%", result_url)', () => {
    expect(read('derived-taskdto-video-generations-get-success')).toEqual({
      id: 'task_0123456789abcdefghijklmnopqrstuv',
      status: 'succeeded',
      progress: 100,
      videoUrl: 'https://cdn.example.com/kling/output.mp4',
      failure: null,
    })
  })

  it('new-api before 2026-02-22: the link in fail_reason', () => {
    expect(read('derived-taskdto-legacy-pre-2026-02-22')).toMatchObject({
      status: 'succeeded',
      videoUrl: 'https://cdn.example.com/kling/output.mp4',
      failure: null,
    })
  })

  it('OpenAI’s video object: the link in metadata.url, its length kept', () => {
    expect(read('derived-openai-video-get-kling-completed')).toEqual({
      id: 'task_0123456789abcdefghijklmnopqrstuv',
      status: 'succeeded',
      progress: 100,
      videoUrl: 'https://cdn.example.com/kling/output.mp4',
      failure: null,
      seconds: 5.1,
    })
  })

  it('OpenAI’s video object with no link at all (Sora, Veo): the relay’s own content route', () => {
    const content = `${BASE}/v1/videos/video_123/content`
    expect(read('docs-v1-videos-retrieve-200', content)).toEqual({
      id: 'video_123',
      status: 'succeeded',
      progress: 100,
      videoUrl: content,
      failure: null,
      expiresAt: 1641081600_000,
      seconds: 5,
      size: '1920x1080',
    })
    // Without a content route to fall back on, a success with no video is a failure, said so.
    expect(read('docs-v1-videos-retrieve-200').failure).toEqual({ kind: 'no_video', reason: '' })
  })

  it('Gemini/Vertex on new-api (wrapped, "succeeded", url): the relay’s proxy link', () => {
    expect(read('derived-gemini-vertex-video-generations-get')).toMatchObject({
      status: 'succeeded',
      videoUrl: `${BASE}/v1/videos/task_0123456789abcdefghijklmnopqrstuv/content`,
    })
  })

  it('a proxy link built on new-api’s unset server address means this relay’s content route', () => {
    const task = {
      ...answer('derived-gemini-vertex-video-generations-get'),
      url: 'http://localhost:3000/v1/videos/task_abc/content',
    }
    const content = `${BASE}/v1/videos/task_abc/content`
    expect(normalizeTask(task, 'task_abc', BASE, { contentUrl: content }).videoUrl).toBe(content)
    // A dangerous link elsewhere is still refused, content route or not.
    const planted = { ...task, url: 'javascript:alert(1)' }
    expect(normalizeTask(planted, 'task_abc', BASE, { contentUrl: content }).failure?.kind).toBe(
      'unsafe_url',
    )
  })

  it('the documented flat shapes read the same (docs, not source: they disagree on statuses)', () => {
    for (const name of [
      'docs-v1-video-generations-get-200',
      'docs-newapi-pro-video-generations-get',
    ])
      expect(read(name)).toMatchObject({
        id: 'abcd1234efgh',
        status: 'succeeded',
        progress: 100,
        videoUrl: 'https://example.com/video.mp4',
      })
  })
})

describe('create answers: the task id, whichever field carries it', () => {
  it.each([
    ['derived-submit-response-openai-video-object', 'task_0123456789abcdefghijklmnopqrstuv'],
    ['docs-v1-videos-create-201', 'video_123'],
    ['docs-v1-video-generations-create-201', 'abcd1234efgh'],
  ])('%s', (name, id) => {
    expect(readTaskId(answer(name))).toBe(id)
    expect(normalizeTask(answer(name), 'x', BASE).status).toMatch(/queued|running/)
  })
})

describe('times', () => {
  it('RFC 3339 strings, unix seconds and milliseconds alike', () => {
    const at = (expires_at: unknown) =>
      normalizeTask({ id: 'v', object: 'video', status: 'queued', expires_at }, 'v', BASE).expiresAt
    expect(at('2026-11-29T12:00:00Z')).toBe(Date.parse('2026-11-29T12:00:00Z'))
    expect(at(1_764_417_600)).toBe(1_764_417_600_000)
    expect(at(1_764_417_600_000)).toBe(1_764_417_600_000)
    expect(at('soon')).toBeUndefined()
    expect(at('9'.repeat(1000))).toBeUndefined()
  })
})
