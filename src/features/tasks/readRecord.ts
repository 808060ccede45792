import { asNumber, asString, isObject, type JsonObject } from '../../lib/guards.ts'
import type { RelayErrorKind } from '../../api/errors.ts'
import { isSafeMediaUrl } from '../../api/safeUrl.ts'
import { capText } from '../../api/text.ts'
import type { FailureKind, TaskSnapshot, TaskStatus } from '../../api/types.ts'
import type { VideoFrame } from '../../profiles/types.ts'
import { frameOfBody } from '../../profiles/readBody.ts'
import type { CreateFailure, Take, TaskRecord } from './taskRecord.ts'

// Stored task records are read like a relay's answers: nothing is trusted to have its type.
// A record that cannot be read is dropped (the others stay); no cast stands in for a check.

const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | undefined =>
  allowed.find((a) => a === v)

const STATUSES: readonly TaskStatus[] = ['queued', 'running', 'succeeded', 'failed']
const FAILURES: readonly FailureKind[] = [
  'image_review',
  'prompt_review',
  'result_review',
  'content_review',
  'no_video',
  'unsafe_url',
  'cancelled',
  'generic',
]
const ERROR_KINDS: readonly (RelayErrorKind | 'interrupted')[] = [
  'config',
  'auth',
  'quota',
  'bad_request',
  'not_found',
  'unsupported',
  'payload_too_large',
  'answer_too_large',
  'rate_limited',
  'server',
  'network',
  'cors',
  'review',
  'not_relay',
  'malformed',
  'timeout',
  'interrupted',
]

const safeLink = (v: unknown) => {
  const url = asString(v)
  return url !== undefined && isSafeMediaUrl(url) ? url : null
}

function readOutcome(v: unknown): TaskSnapshot | undefined {
  if (!isObject(v)) return undefined
  const status = oneOf(v.status, STATUSES)
  const id = asString(v.id)
  if (!status || id === undefined) return undefined
  const f = v.failure
  const failureKind = isObject(f) ? oneOf(f.kind, FAILURES) : undefined
  // Stored links pass the same check as fresh ones: a damaged or planted `data:text/html`
  // must never reach <video src> or <a href>. A success without a safe link is no outcome:
  // the relay is asked again, and its answer checked afresh.
  const videoUrl = safeLink(v.videoUrl)
  if (status === 'succeeded' && videoUrl === null) return undefined
  const expiresAt = asNumber(v.expiresAt)
  const seconds = asNumber(v.seconds)
  const size = asString(v.size)
  return {
    id,
    status,
    progress: asNumber(v.progress) ?? null,
    videoUrl,
    ...(expiresAt !== undefined && { expiresAt }),
    ...(seconds !== undefined && { seconds }),
    ...(size !== undefined && size.length <= 16 && { size }),
    // Kept by a version that stored relay text at any length: cut as fresh text is.
    failure:
      isObject(f) && failureKind
        ? { kind: failureKind, reason: capText(asString(f.reason) ?? '') }
        : null,
  }
}

function readCreateFailure(v: unknown): CreateFailure | undefined {
  if (!isObject(v)) return undefined
  const kind = oneOf(v.kind, ERROR_KINDS)
  if (!kind) return undefined
  const detail = asString(v.detail)
  return {
    kind,
    detail: detail === undefined ? undefined : capText(detail),
    mayHaveReachedRelay: v.mayHaveReachedRelay !== false,
  }
}

function readFrame(v: unknown): VideoFrame | undefined {
  if (!isObject(v) || typeof v.aspect !== 'string' || typeof v.hd !== 'boolean') return undefined
  return { aspect: v.aspect, hd: v.hd, seconds: asNumber(v.seconds) ?? null }
}

function readRemixOf(v: unknown): TaskRecord['remixOf'] {
  if (!isObject(v)) return undefined
  const [localId, remoteId, prompt] = [
    asString(v.localId),
    asString(v.remoteId),
    asString(v.prompt),
  ]
  return localId && remoteId && prompt !== undefined ? { localId, remoteId, prompt } : undefined
}

function readContinues(v: unknown): TaskRecord['continues'] {
  if (!isObject(v)) return undefined
  const [localId, prompt] = [asString(v.localId), asString(v.prompt)]
  return localId && prompt !== undefined ? { localId, prompt: capText(prompt) } : undefined
}

/** One stored record (version 2), or null when it cannot be trusted. */
export function readRecord(v: unknown): TaskRecord | null {
  if (!isObject(v)) return null
  const body: JsonObject | undefined = isObject(v.body) ? v.body : undefined
  const localId = asString(v.localId)
  const relay = asString(v.relay)
  const createdAt = asNumber(v.createdAt)
  const phase = oneOf(v.phase, [
    'waiting',
    'submitting',
    'created',
    'create_failed',
    'local',
  ] as const)
  const model = asString(body?.model)
  const prompt = asString(body?.prompt)
  const frame = readFrame(v.frame)
  if (!body || !localId || relay === undefined || createdAt === undefined || !phase) return null
  if (model === undefined || prompt === undefined || !frame) return null
  const { images: _images, ...fields } = body
  const sent = { ...fields, model, prompt }
  return {
    localId,
    relay,
    body: sent,
    frame,
    imageCount: asNumber(v.imageCount) ?? 0,
    createdAt,
    phase,
    remoteId: asString(v.remoteId),
    ...(v.dialect === 'openai' || v.dialect === 'newapi' ? { dialect: v.dialect } : {}),
    createFailure: readCreateFailure(v.createFailure),
    outcome: readOutcome(v.outcome),
    finishedAt: asNumber(v.finishedAt),
    sentAt: asNumber(v.sentAt),
    deadlineMs: asNumber(v.deadlineMs),
    remixOf: readRemixOf(v.remixOf),
    ...(readRemixOf(v.extendOf) && { extendOf: readRemixOf(v.extendOf) }),
    ...(readContinues(v.continues) && { continues: readContinues(v.continues) }),
    ...(v.favourite === true && { favourite: true }),
    ...(phase === 'local' && { made: readMade(v.made) }),
    ...readTake(v.take),
  }
}

/** A take's group and place, when all of it reads (a take without it is a plain task). */
function readTake(v: unknown): { take?: Take } {
  if (!isObject(v)) return {}
  const [group, name, index, of] = [
    asString(v.group),
    asString(v.name),
    asNumber(v.index),
    asNumber(v.of),
  ]
  if (!group || name === undefined || !index || !of || index > of || of > 100) return {}
  return { take: { group, name: name.slice(0, 200), index, of } }
}

/** What made a local item; a record from a later version that says nothing else is a file. */
function readMade(v: unknown): NonNullable<TaskRecord['made']> {
  const name = isObject(v) ? asString(v.name) : undefined
  const from = isObject(v) && v.from === 'storyboard' ? 'storyboard' : 'file'
  return { from, name: name ?? '' }
}

/**
 * Version 1 records had no frame: each gets the one its body asked for, read back through its
 * model's profile. Anything else is carried as it was (and checked by `readRecord`).
 */
export function migrateRecordV1(v: unknown): unknown {
  if (!isObject(v) || !isObject(v.body)) return v
  const model = asString(v.body.model)
  if (model === undefined) return v
  return { ...v, frame: frameOfBody({ ...v.body, model, prompt: '' }) }
}
