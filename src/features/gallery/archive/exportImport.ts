import { now } from '../../../lib/clock.ts'
import { saveAs } from '../../../lib/saveAs.ts'
import { keepPlace } from '../../library/keepVideo.ts'
import { recordEntry, useKeptStore } from '../../library/keptStore.ts'
import { tasksActions, useTasksStore } from '../../tasks/tasksStore.ts'
import { archiveStream, readArchive, type Progress } from './archive.ts'
import { videoPath, type ArchiveItem } from './manifest.ts'

type SavePicker = (options: {
  suggestedName: string
  types: { description: string; accept: Record<string, string[]> }[]
}) => Promise<FileSystemFileHandle>

/** Where an export is written: the file the user chose, or a file the browser downloads. */
export interface SaveTarget {
  writable: WritableStream<Uint8Array>
  /** After the last byte: hands the file over (a download, where there was no save dialog). */
  finish: () => Promise<void>
}

const EXPORTS = 'exports'

/**
 * Asks where to save: the browser's save dialog where there is one (Chromium), else a
 * temporary file in the site's private storage that is then downloaded, so the archive never
 * sits in memory. Call it first in the click handler: the dialog needs the user's gesture.
 * null: the user cancelled.
 */
export async function chooseSaveTarget(name: string): Promise<SaveTarget | null> {
  const picker = (window as Window & { showSaveFilePicker?: SavePicker }).showSaveFilePicker
  if (picker) {
    try {
      const handle = await picker({
        suggestedName: name,
        types: [{ description: 'Zip', accept: { 'application/zip': ['.zip'] } }],
      })
      return { writable: await handle.createWritable(), finish: () => Promise.resolve() }
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return null
      throw e
    }
  }
  const root = await navigator.storage.getDirectory()
  const folder = await root.getDirectoryHandle(EXPORTS, { create: true })
  // The last export's file was downloaded long ago: its space is freed now (not at once,
  // which would cancel a download still reading it).
  for await (const old of (folder as unknown as { keys(): AsyncIterable<string> }).keys())
    await folder.removeEntry(old).catch(() => {})
  const handle = await folder.getFileHandle(`${Date.now()}.zip`, { create: true })
  return {
    writable: await handle.createWritable(),
    async finish() {
      const url = URL.createObjectURL(await handle.getFile())
      saveAs(url, name)
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    },
  }
}

/** The tasks as an archive written to `target`: each with its kept video where there is one. */
export async function exportTasks(
  ids: readonly string[],
  target: SaveTarget,
  onProgress: Progress,
) {
  const { tasks } = useTasksStore.getState()
  const { entries } = useKeptStore.getState()
  const items = await Promise.all(
    ids.flatMap((id) => {
      const record = tasks[id]
      if (!record) return []
      const entry = entries[id]
      const kept = entry?.state === 'kept' ? entry : null
      return [
        (async () => {
          const file = kept ? await keepPlace.files.open(kept.name) : null
          const ext = kept?.type === 'video/webm' ? 'webm' : 'mp4'
          const item: ArchiveItem = {
            record,
            video: file
              ? { path: videoPath(id, ext), size: file.size, type: `video/${ext}` }
              : null,
          }
          return { item, file }
        })(),
      ]
    }),
  )
  const { stream } = await archiveStream(items, now(), onProgress)
  try {
    await stream.pipeTo(target.writable)
  } catch (e) {
    throw e instanceof Error ? e : new Error(String(e))
  }
  await target.finish()
  return { tasks: items.length, videos: items.filter((i) => i.file).length }
}

/** Takes an archive in: every entry checked, nothing taken unless all of it is good. */
export async function importArchive(file: File, onProgress: Progress) {
  const result = await readArchive(
    file,
    { files: keepPlace.files, has: (id) => id in useTasksStore.getState().tasks },
    onProgress,
  )
  for (const v of result.videos) await recordEntry({ ...v, state: 'kept', at: now() })
  tasksActions().imported(result.items.map((i) => i.record))
  return { tasks: result.items.length, videos: result.videos.length, skipped: result.skipped }
}
