// A task's state as a relay reports it, read into one snapshot: status words, progress, the
// result's link, failures. Loaded with the first task read, not with the page (see getTask).
import { isContentRoute } from './dialects.ts'
import { classifyFailure } from './classifyFailure.ts'
import { readNumber, readPath, readString } from './json.ts'
import { isObject, type JsonObject } from '../lib/guards.ts'
import { isSafeMediaUrl } from './safeUrl.ts'
import { capText } from './text.ts'
import type { TaskFailure, TaskSnapshot, TaskStatus } from './types.ts'
import { readTaskId } from './normalize.ts'

const STATUS_WORDS: Record<string, TaskStatus> = {
  not_start: 'queued',
  not_started: 'queued',
  submitted: 'queued',
  queued: 'queued',
  pending: 'queued',
  waiting: 'queued',
  in_progress: 'running',
  processing: 'running',
  running: 'running',
  generating: 'running',
  unknown: 'running',
  success: 'succeeded',
  succeeded: 'succeeded',
  completed: 'succeeded',
  complete: 'succeeded',
  finished: 'succeeded',
  failure: 'failed',
  fail: 'failed',
  failed: 'failed',
  error: 'failed',
  cancelled: 'failed',
  canceled: 'failed',
  expired: 'failed',
}

const warned = new Set<string>()

/** Any letter case, every variant the relays use; an unknown word keeps the task polling. */
export function normalizeStatus(raw: unknown): TaskStatus {
  if (raw === undefined || raw === null || raw === '') return 'queued'
  const word =
    typeof raw === 'string'
      ? raw
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      : ''
  // Own keys only: "constructor" or "__proto__" are not statuses.
  const known = Object.hasOwn(STATUS_WORDS, word) ? STATUS_WORDS[word] : undefined
  if (known) return known
  const key = capText(typeof raw === 'string' ? raw : typeof raw, 80)
  if (!warned.has(key)) {
    warned.add(key)
    console.warn(`[relay] unknown task status ${key}: still polling`)
  }
  return 'running'
}

/** 45, "45", "45%" → 45; absent or unreadable → null (unknown, not 0); clamped to 0–100. */
export function normalizeProgress(raw: unknown): number | null {
  let n: number | undefined
  if (typeof raw === 'number') n = raw
  else if (typeof raw === 'string') {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*%?\s*$/.exec(raw)
    n = m ? Number(m[1]) : undefined
  }
  if (n === undefined || !Number.isFinite(n)) return null
  return Math.min(100, Math.max(0, n))
}

/** Where relays put the result, in the order the wire notes give. */
const URL_PATHS = [
  'data.output',
  'data.outputs.0',
  'video_url',
  'url',
  'result_url',
  'metadata.url',
  // new-api's Ali (Wan) task kept whole on some builds.
  'output.video_url',
]

/** new-api before 2026-02-22 kept a finished task's link in `fail_reason` (docs/relay-dialects.md). */
const LEGACY_URL = /^https?:\/\//i

function findVideoUrl(task: JsonObject, baseUrl: string): string | undefined {
  const legacy = readString(task.fail_reason)
  const paths = legacy && LEGACY_URL.test(legacy.trim()) ? [...URL_PATHS, 'fail_reason'] : URL_PATHS
  for (const path of paths) {
    const raw = readString(readPath(task, path))
    if (!raw) continue
    try {
      // A relay may answer a path on itself ("/v1/videos/…/content").
      return new URL(raw.trim(), baseUrl).href
    } catch {
      return raw
    }
  }
  return undefined
}

function readFailure(task: JsonObject): TaskFailure {
  const error = task.error
  const code = isObject(error) ? readString(error.code) : undefined
  const text =
    (isObject(error) ? readString(error.message) : readString(error)) ??
    readString(task.fail_reason) ??
    readString(task.message) ??
    ''
  return { kind: classifyFailure(code, text), reason: capText(text || code || '') }
}

/**
 * The relay's own copy of a finished task's file (`GET /v1/videos/{id}/content`), where the
 * dialect promises one: OpenAI's video object carries no link at all for Sora and Veo, and
 * new-api's proxy link is built on its configured server address (`http://localhost:3000`
 * when nobody set it) — a link that points at that route on another host means this one.
 */
interface TaskReadOptions {
  contentUrl?: string
}

export function normalizeTask(
  task: JsonObject,
  fallbackId: string,
  baseUrl: string,
  { contentUrl }: TaskReadOptions = {},
): TaskSnapshot {
  const id = readTaskId(task) ?? fallbackId
  let status = normalizeStatus(task.status)
  let progress = normalizeProgress(task.progress)
  let failure: TaskFailure | null = null
  let videoUrl: string | null = null

  if (status === 'failed') {
    failure = readFailure(task)
    if (typeof task.status === 'string' && /^cancel/i.test(task.status))
      failure = { ...failure, kind: 'cancelled' }
  } else if (status === 'succeeded') {
    let url = findVideoUrl(task, baseUrl)
    if (contentUrl && (!url || (!isSafeMediaUrl(url, baseUrl) && isContentRoute(url))))
      url = contentUrl
    if (!url) failure = { kind: 'no_video', reason: '' }
    else if (!isSafeMediaUrl(url, baseUrl))
      failure = { kind: 'unsafe_url', reason: capText(url, 200) }
    else videoUrl = url
    if (failure) status = 'failed'
    else progress = 100
  }
  return { id, status, progress, videoUrl, failure, ...readFacts(task) }
}

/** Unix seconds, milliseconds, or an RFC 3339 string (some builds) → epoch milliseconds. */
function readTime(raw: unknown): number | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw) && raw > 0)
    return raw < 1e11 ? Math.round(raw * 1000) : Math.round(raw)
  if (typeof raw === 'string' && raw.length <= 64) {
    if (/^\d+(\.\d+)?$/.test(raw.trim())) return readTime(Number(raw))
    const ms = Date.parse(raw)
    if (Number.isFinite(ms)) return ms
  }
  return undefined
}

/** What OpenAI's video object says of the result, where given: kept with the task. */
function readFacts(task: JsonObject): Pick<TaskSnapshot, 'expiresAt' | 'seconds' | 'size'> {
  const expiresAt = readTime(task.expires_at)
  const seconds = readNumber(task.seconds)
  const size = readString(task.size)
  return {
    ...(expiresAt !== undefined && { expiresAt }),
    ...(seconds !== undefined && seconds > 0 && seconds < 86_400 && { seconds }),
    ...(size !== undefined && /^\d{2,5}[x*]\d{2,5}$/.test(size.trim()) && { size: size.trim() }),
  }
}
