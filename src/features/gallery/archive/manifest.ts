import { asNumber, isObject } from '../../../lib/guards.ts'
import { readRecord } from '../../tasks/readRecord.ts'
import type { TaskRecord } from '../../tasks/taskRecord.ts'

/** The archive's table of contents, first in the zip; the videos follow under `videos/`. */
export const MANIFEST_NAME = 'sora-studio-library.json'
const FORMAT = 'sora-studio-library'
const VERSION = 1
/** A manifest of 100,000 tasks is about 100 MB of JSON: anything larger is not ours. */
export const MANIFEST_MAX_BYTES = 100 * 1024 * 1024

interface ArchiveVideo {
  /** Its name in the archive: `videos/<task id>.<mp4|webm>`. */
  path: string
  size: number
  type: 'video/mp4' | 'video/webm'
}

export interface ArchiveItem {
  /** The task as this app records it (prompt, model, parameters, lineage, dates, outcome). */
  record: TaskRecord
  /** Its video, when this browser kept one. */
  video: ArchiveVideo | null
}

/** Why an archive is refused: not ours at all, or ours but damaged. */
export type ManifestProblem = 'foreign' | 'damaged'

const PATH = /^videos\/[A-Za-z0-9._-]{1,120}\.(mp4|webm)$/

export const videoPath = (localId: string, ext: 'mp4' | 'webm') =>
  `videos/${localId.replace(/[^A-Za-z0-9._-]/g, '_')}.${ext}`

export function writeManifest(items: readonly ArchiveItem[], exportedAt: number): string {
  return JSON.stringify({
    format: FORMAT,
    version: VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    items: items.map(({ record, video }) => ({ record: readRecord(record), video })),
  })
}

function readVideo(v: unknown): ArchiveVideo | null | undefined {
  if (v === null) return null
  if (!isObject(v) || typeof v.path !== 'string') return undefined
  const match = PATH.exec(v.path)
  const size = asNumber(v.size)
  const type = match?.[1] === 'webm' ? 'video/webm' : 'video/mp4'
  if (!match || size === undefined || !Number.isSafeInteger(size) || size <= 0) return undefined
  if (v.type !== type) return undefined
  return { path: v.path, size, type }
}

/**
 * A manifest read as a stranger's file: every item must be readable, every path ours and
 * unique, or nothing is taken ('damaged'); another format, or a later version, is 'foreign'.
 */
export function readManifest(v: unknown): ArchiveItem[] | ManifestProblem {
  if (!isObject(v) || v.format !== FORMAT) return 'foreign'
  if (v.version !== VERSION) return 'foreign'
  if (!Array.isArray(v.items)) return 'damaged'
  const items: ArchiveItem[] = []
  const ids = new Set<string>()
  const paths = new Set<string>()
  for (const raw of v.items) {
    if (!isObject(raw)) return 'damaged'
    const record = readRecord(raw.record)
    const video = readVideo(raw.video)
    if (!record || video === undefined || ids.has(record.localId)) return 'damaged'
    if (video && paths.has(video.path)) return 'damaged'
    ids.add(record.localId)
    if (video) paths.add(video.path)
    items.push({ record, video })
  }
  return items
}
