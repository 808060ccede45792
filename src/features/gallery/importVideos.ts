import { keepLocalVideo } from '../tasks/keepLocal.ts'
import { SIGNATURE_BYTES, videoKind } from '../library/signature.ts'

/** What a picked file is, by its first bytes (never by its name or its type). */
export async function sniffVideo(file: File): Promise<'mp4' | 'webm' | null> {
  return videoKind(new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer()))
}

export type VideoImport = 'added' | 'notVideo' | 'full' | 'failed'

/**
 * Brings a video file from the disk into the library: an item with no relay task, its bytes
 * kept in the browser like any kept video. Its name stands for its prompt.
 */
export async function importVideoFile(file: File): Promise<VideoImport> {
  const kind = await sniffVideo(file)
  if (!kind) return 'notVideo'
  const kept = await keepLocalVideo(file, kind, file.name.replace(/\.[^.]{1,5}$/, ''), {
    from: 'file',
    name: file.name,
  })
  return kept.ok ? 'added' : kept.why
}
