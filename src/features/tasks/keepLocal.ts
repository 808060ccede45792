import { now } from '../../lib/clock.ts'
import { isQuotaError } from '../../lib/storageHealth.ts'
import { tasksActions } from './tasksStore.ts'
import { newLocalId, type TaskRecord } from './taskRecord.ts'
import { keepPlace } from '../library/keepVideo.ts'
import { recordEntry } from '../library/keptStore.ts'

const CHUNK_BYTES = 4 * 1024 * 1024

export type LocalKeep = { ok: true; localId: string } | { ok: false; why: 'full' | 'failed' }

interface Shape {
  aspect: string
  seconds: number | null
  shortSide: number
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/** Its shape and length, as this browser's player reads them; null where it cannot play it. */
function probe(file: Blob, kind: 'mp4' | 'webm'): Promise<Shape | null> {
  const video = document.createElement('video')
  if (!video.canPlayType(`video/${kind}`)) return Promise.resolve(null)
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file)
    const done = (shape: Shape | null) => {
      clearTimeout(timer)
      video.removeAttribute('src')
      video.load()
      URL.revokeObjectURL(url)
      resolve(shape)
    }
    const timer = setTimeout(() => done(null), 5_000)
    video.preload = 'metadata'
    video.muted = true
    video.onerror = () => done(null)
    video.onloadedmetadata = () => {
      const [w, h] = [video.videoWidth, video.videoHeight]
      const d = w > 0 && h > 0 ? gcd(w, h) : 1
      done({
        aspect: w > 0 && h > 0 ? `${w / d}:${h / d}` : 'auto',
        seconds: Number.isFinite(video.duration) ? Math.round(video.duration) : null,
        shortSide: Math.min(w, h),
      })
    }
    video.src = url
  })
}

/**
 * A video made here (a file from the disk, a storyboard's film) joins the library as an item
 * with no relay task, its bytes kept like any kept video (written in slices, never whole in
 * memory twice; on a full disk nothing is left half-written). `title` stands for its prompt.
 */
export async function keepLocalVideo(
  file: Blob,
  kind: 'mp4' | 'webm',
  title: string,
  made: NonNullable<TaskRecord['made']>,
): Promise<LocalKeep> {
  const localId = newLocalId()
  const name = `${localId}.${kind}`
  let sink: Awaited<ReturnType<typeof keepPlace.files.create>> | null = null
  try {
    sink = await keepPlace.files.create(name)
    for (let at = 0; at < file.size; at += CHUNK_BYTES)
      await sink.write(new Uint8Array(await file.slice(at, at + CHUNK_BYTES).arrayBuffer()))
    await sink.close()
  } catch (e) {
    await sink?.abort().catch(() => {})
    return { ok: false, why: isQuotaError(e) ? 'full' : 'failed' }
  }
  const shape = await probe(file, kind)
  const record: TaskRecord = {
    localId,
    relay: '',
    body: { model: '', prompt: title },
    frame: {
      aspect: shape?.aspect ?? 'auto',
      hd: (shape?.shortSide ?? 0) >= 1080,
      seconds: shape?.seconds ?? null,
    },
    imageCount: 0,
    createdAt: now(),
    phase: 'local',
    made,
  }
  try {
    await recordEntry({
      localId,
      state: 'kept',
      name,
      size: file.size,
      type: `video/${kind}`,
      at: now(),
    })
  } catch (e) {
    // Its entry could not be written: the file would be space nobody can see or free.
    await keepPlace.files.remove(name).catch(() => {})
    return { ok: false, why: isQuotaError(e) ? 'full' : 'failed' }
  }
  tasksActions().imported([record])
  return { ok: true, localId }
}
