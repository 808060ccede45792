import { RelayError } from '../../api/errors.ts'
import type { RelayClient } from '../../api/relayClient.ts'
import { relayId } from '../../api/relayId.ts'
import { isOnOrigin } from '../../api/safeUrl.ts'
import type { Credentials } from '../../api/types.ts'
import { joinBytes } from '../../lib/bytes.ts'
import { now } from '../../lib/clock.ts'
import { isQuotaError } from '../../lib/storageHealth.ts'
import { fetchWithStartDeadline } from '../../lib/fetchStart.ts'
import { opfs, canKeepFiles, type FileStore, type FileSink } from './fileStore.ts'
import { readEntry, type KeptEntry, type NotKeptReason } from './keptIndex.ts'
import { forgetEntry, markSaving, recordEntry } from './keptStore.ts'
import { SIGNATURE_BYTES, videoKind } from './signature.ts'

/** A finished task, as far as keeping its video goes. */
export interface KeepJob {
  localId: string
  /** The relay (relayId) the task belongs to. */
  relay: string
  remoteId: string
  url: string | null
}

export interface KeepDeps {
  files: FileStore
  client: RelayClient
  credentials: () => Credentials | null
  /** The user's cap on one kept file, in bytes; null: none. */
  capBytes: () => number | null
  fetch: typeof fetch
}

/** The file store in use: OPFS in the browser; tests hand in another. */
export const keepPlace: { files: FileStore; supported: () => boolean } = {
  files: opfs,
  supported: canKeepFiles,
}

/**
 * Keeps a finished task's video in the browser: from its link (with the key only when the
 * task is the configured relay's and the link is on its origin), else once from the relay's
 * own `/v1/videos/{id}/content`. A file counts as kept only once its first bytes are a video's
 * and its length is the length announced. One tab at a time per task (a Web Lock named after
 * it): a second tab waits, then finds it kept.
 */
export async function keepVideo(
  job: KeepJob,
  deps: KeepDeps,
  /** Try again over a `notKept` answer (its relay is set again). */
  again = false,
): Promise<KeptEntry> {
  return withLock(`sora-studio.keep.${job.localId}`, async () => {
    const known = await readEntry(job.localId)
    // Another tab (or an earlier turn) answered already: removed stays removed, kept stays kept.
    if (known?.state === 'notKept' && !again) return known
    if (known?.state === 'kept' && (await keptWhole(known, deps.files))) return known
    markSaving(job.localId, true)
    try {
      const entry = await fetchAndKeep(job, deps)
      await recordEntry(entry)
      return entry
    } finally {
      markSaving(job.localId, false)
    }
  })
}

async function fetchAndKeep(job: KeepJob, deps: KeepDeps): Promise<KeptEntry> {
  const notKept = (reason: NotKeptReason): KeptEntry => ({
    localId: job.localId,
    state: 'notKept',
    reason,
    at: now(),
  })
  if (!keepPlace.supported()) return notKept('unsupported')
  // Without the task's own relay and key, a failed link says nothing final about the file.
  let reason: NotKeptReason = ownRelay(job, deps) ? 'unreachable' : 'otherRelay'
  for (const open of sources(job, deps)) {
    const res = await open().catch(() => null)
    if (!res) continue
    const saved = await save(res, job.localId, deps)
    if (typeof saved !== 'string')
      return { localId: job.localId, state: 'kept', at: now(), ...saved }
    reason = saved
    // Out of room or over the cap: another source would not change that.
    if (saved === 'full' || saved === 'tooLarge') break
  }
  return notKept(reason)
}

/** The credentials set now, when they are the task's own relay's; else null. */
function ownRelay(job: KeepJob, deps: KeepDeps): Credentials | null {
  const creds = deps.credentials()
  return creds && relayId(creds.baseUrl) === job.relay ? creds : null
}

/** Where the file may come from, in order; the key only ever goes to the task's own relay. */
function sources(job: KeepJob, deps: KeepDeps): (() => Promise<Response>)[] {
  const own = ownRelay(job, deps)
  const list: (() => Promise<Response>)[] = []
  if (job.url) {
    const url = job.url
    list.push(
      own && isOnOrigin(url, own.baseUrl)
        ? () => deps.client.openMedia(url)
        : () => openPlain(deps.fetch, url),
    )
  }
  // Checked again when asked: the relay set may have changed while the link was tried.
  if (own)
    list.push(() => {
      if (!ownRelay(job, deps)) throw new RelayError('config')
      return deps.client.openContent(job.remoteId)
    })
  return list
}

/** A kept file that is still there, whole. */
async function keptWhole(entry: KeptEntry & { state: 'kept' }, files: FileStore) {
  const file = await files.open(entry.name)
  return file !== null && file.size === entry.size
}

/** A link off the relay's origin: no key, no cookies; a host that never answers is left. */
async function openPlain(fetchImpl: typeof fetch, url: string): Promise<Response> {
  const init: RequestInit = { credentials: 'omit', cache: 'no-store' }
  const res = await fetchWithStartDeadline(fetchImpl, url, init, 120_000)
  if (!res.ok) throw new RelayError('not_found', { status: res.status })
  return res
}

/** A body that sends nothing for this long is given up (its task's lock and queue move on). */
const STALL_MS = 30_000

function readOrStall(reader: ReadableStreamDefaultReader<Uint8Array>) {
  return new Promise<ReadableStreamReadResult<Uint8Array>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('stalled')), STALL_MS)
    reader.read().then(
      (r) => {
        clearTimeout(timer)
        resolve(r)
      },
      (e: unknown) => {
        clearTimeout(timer)
        reject(e instanceof Error ? e : new Error(String(e)))
      },
    )
  })
}

type Saved = { name: string; size: number; type: string } | NotKeptReason

/** Streams an answer to a file, checking it on the way; nothing is left behind on failure. */
async function save(res: Response, localId: string, deps: KeepDeps): Promise<Saved> {
  const cap = deps.capBytes()
  const declared = res.headers.get('content-encoding') ? null : length(res)
  if (cap !== null && declared !== null && declared > cap) return 'tooLarge'
  if (!res.body) return 'notVideo'
  const reader = res.body.getReader()
  let head: Uint8Array = new Uint8Array(0)
  let sink: FileSink | null = null
  let kind: 'mp4' | 'webm' | null = null
  let size = 0
  const stop = async (reason: NotKeptReason): Promise<Saved> => {
    await reader.cancel().catch(() => {})
    await sink?.abort().catch(() => {})
    return reason
  }
  try {
    for (;;) {
      const { done, value } = await readOrStall(reader)
      if (done) break
      size += value.length
      if (cap !== null && size > cap) return await stop('tooLarge')
      if (sink) {
        await sink.write(value)
        continue
      }
      head = joinBytes([head, value])
      if (head.length < SIGNATURE_BYTES) continue
      kind = videoKind(head)
      if (!kind) return await stop('notVideo')
      sink = await deps.files.create(`${localId}.${kind}`)
      await sink.write(head)
    }
    if (!sink || !kind) return 'notVideo'
    if (declared !== null && size !== declared) return await stop('truncated')
    await sink.close()
    return { name: `${localId}.${kind}`, size, type: `video/${kind}` }
  } catch (e) {
    return await stop(isQuotaError(e) ? 'full' : 'unreachable')
  }
}

const length = (res: Response): number | null => {
  const n = Number(res.headers.get('content-length') ?? NaN)
  return Number.isSafeInteger(n) && n >= 0 ? n : null
}

async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  return locks ? locks.request(name, fn) : fn()
}

/**
 * Removes a kept copy to free space (the task and its link stay; it is not kept again unasked),
 * or, for a video not kept, clears the attempt so that the keeper tries again. Under the
 * task's lock: never in the middle of a save.
 */
export async function unkeep(localId: string): Promise<void> {
  await withLock(`sora-studio.keep.${localId}`, async () => {
    const known = await readEntry(localId)
    if (known?.state !== 'kept') return forgetEntry(localId)
    await keepPlace.files.remove(known.name)
    await recordEntry({ localId, state: 'notKept', reason: 'removed', at: now() })
  })
}

/**
 * A kept file was found missing (site data cleared, or the browser evicted it): the entry goes,
 * so the keeper keeps it again. Under the task's lock and only when the entry still names that
 * file: a copy just removed on purpose (its entry being rewritten to `removed`) stays removed.
 */
export async function forgetMissing(localId: string, name: string): Promise<void> {
  await withLock(`sora-studio.keep.${localId}`, async () => {
    const known = await readEntry(localId)
    if (known?.state !== 'kept' || known.name !== name) return
    if (await keepPlace.files.open(name)) return
    await forgetEntry(localId)
  })
}

/** Its task is deleted: the file and what is known of it go, and the space is free again. */
export async function discardKept(localId: string): Promise<void> {
  await withLock(`sora-studio.keep.${localId}`, async () => {
    const known = await readEntry(localId)
    if (known?.state === 'kept') await keepPlace.files.remove(known.name)
    if (known) await forgetEntry(localId)
  })
}
