import type { FileSink, FileStore } from '../../library/fileStore.ts'
import { SIGNATURE_BYTES, videoKind } from '../../library/signature.ts'
import { isQuotaError } from '../../../lib/storageHealth.ts'
import {
  MANIFEST_MAX_BYTES,
  MANIFEST_NAME,
  readManifest,
  writeManifest,
  type ArchiveItem,
  type ManifestProblem,
} from './manifest.ts'

export type Progress = (done: number, total: number) => void

/**
 * The library as one zip: the manifest, then each kept video as it is (stored, not compressed:
 * video is compressed already). Streamed (client-zip): a 2 GB library never sits in memory.
 * Its exact length is known before the first byte, for the progress bar.
 * Why client-zip: 2.6 KB, streaming, Zip64 past 4 GB, no dependencies.
 */
export async function archiveStream(
  items: readonly { item: ArchiveItem; file: Blob | null }[],
  exportedAt: number,
  onProgress: Progress,
): Promise<{ stream: ReadableStream<Uint8Array>; total: number }> {
  const { makeZip, predictLength } = await import('client-zip')
  const withFiles = items.map(({ item, file }) => ({
    item: { ...item, video: file && item.video ? { ...item.video, size: file.size } : null },
    file,
  }))
  const manifest = new TextEncoder().encode(
    writeManifest(
      withFiles.map((x) => x.item),
      exportedAt,
    ),
  )
  const date = new Date(exportedAt)
  const entries = [
    { name: MANIFEST_NAME, lastModified: date, input: manifest, size: manifest.byteLength },
    ...withFiles.flatMap(({ item, file }) =>
      item.video && file
        ? [{ name: item.video.path, lastModified: date, input: file, size: file.size }]
        : [],
    ),
  ]
  const total = Number(predictLength(entries.map(({ name, size }) => ({ name, size }))))
  let done = 0
  const counted = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, out) {
      done += chunk.byteLength
      onProgress(done, total)
      out.enqueue(chunk)
    },
  })
  return { stream: makeZip(entries.map(({ size: _s, ...e }) => e)).pipeThrough(counted), total }
}

/** Why an archive was refused; nothing of it was taken. */
export type ImportProblem = ManifestProblem | 'notArchive' | 'notVideo' | 'full'

export class ImportRefused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`archive refused: ${problem}`)
  }
}

export interface ImportedVideo {
  localId: string
  name: string
  size: number
  type: string
}

/** A sink that checks a video's first bytes and counts; closed by the caller once all is checked. */
function checkedSink(sink: FileSink, onBytes: (n: number) => void): WritableStream<Uint8Array> {
  let head = new Uint8Array(0)
  let checked = false
  return new WritableStream<Uint8Array>({
    async write(chunk) {
      onBytes(chunk.byteLength)
      if (checked) return sink.write(chunk)
      const joined = new Uint8Array(head.length + chunk.length)
      joined.set(head)
      joined.set(chunk, head.length)
      head = joined
      if (head.length < SIGNATURE_BYTES) return
      if (!videoKind(head)) throw new ImportRefused('notVideo')
      checked = true
      await sink.write(head)
    },
    // Not closed here: a CRC error is found after the last byte, and must leave nothing.
  })
}

/**
 * Reads an archive (the user's file, a stranger's perhaps) with every entry checked: the
 * manifest's schema, exactly the files it names at the sizes it gives, stored (no codecs),
 * each video's signature and CRC. Videos of tasks not here yet are written to `files`; tasks
 * already here are skipped. Any failure removes what was written and refuses the whole
 * archive: nothing is taken half-way. Why zip.js (its core build, no workers, no codecs):
 * it reads the central directory from a Blob by random access, so a 2 GB archive is never
 * read into memory, and checks each entry's CRC.
 */
export async function readArchive(
  archive: Blob,
  deps: { files: FileStore; has: (localId: string) => boolean },
  onProgress: Progress,
): Promise<{ items: ArchiveItem[]; videos: ImportedVideo[]; skipped: number }> {
  const zip = await import('@zip.js/zip.js/lib/zip-core-custom.js')
  const reader = new zip.ZipReader(new zip.BlobReader(archive), {
    checkCrc32: true,
    useWebWorkers: false,
  })
  const written: string[] = []
  try {
    const entries = await reader.getEntries().catch(() => {
      throw new ImportRefused('notArchive')
    })
    const byName = new Map(entries.map((e) => [e.filename, e]))
    const head = byName.get(MANIFEST_NAME)
    if (!head || head.directory || head.uncompressedSize > MANIFEST_MAX_BYTES)
      throw new ImportRefused('foreign')
    let parsed: unknown
    try {
      const bytes = await head.arrayBuffer({ checkCrc32: true })
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    } catch {
      throw new ImportRefused('damaged')
    }
    const items = readManifest(parsed)
    if (typeof items === 'string') throw new ImportRefused(items)
    // Exactly the files named, each stored at the size given: anything else is not ours.
    const named = new Map(items.flatMap((i) => (i.video ? [[i.video.path, i.video]] : [])))
    for (const e of entries) {
      if (e.filename === MANIFEST_NAME) continue
      const video = named.get(e.filename)
      if (!video || e.directory || e.encrypted || e.compressionMethod !== 0)
        throw new ImportRefused('damaged')
      if (e.uncompressedSize !== video.size) throw new ImportRefused('damaged')
    }
    if (entries.length !== named.size + 1) throw new ImportRefused('damaged')

    const fresh = items.filter((i) => !deps.has(i.record.localId))
    const total = fresh.reduce((sum, i) => sum + (i.video?.size ?? 0), 0)
    let done = 0
    const videos: ImportedVideo[] = []
    for (const { record, video } of fresh) {
      const entry = video && byName.get(video.path)
      if (!video || !entry || entry.directory) continue
      const name = `${record.localId}.${video.type === 'video/webm' ? 'webm' : 'mp4'}`
      const sink = await deps.files.create(name)
      try {
        await entry.getData(
          checkedSink(sink, (n) => onProgress((done += n), total)),
          { checkCrc32: true },
        )
        await sink.close()
      } catch (e) {
        await sink.abort().catch(() => {})
        if (e instanceof ImportRefused) throw e
        throw new ImportRefused(isQuotaError(e) ? 'full' : 'damaged')
      }
      written.push(name)
      videos.push({ localId: record.localId, name, size: video.size, type: video.type })
    }
    return { items: fresh, videos, skipped: items.length - fresh.length }
  } catch (e) {
    await Promise.all(written.map((name) => deps.files.remove(name).catch(() => {})))
    throw e instanceof ImportRefused ? e : new ImportRefused(isQuotaError(e) ? 'full' : 'damaged')
  } finally {
    await reader.close().catch(() => {})
  }
}
