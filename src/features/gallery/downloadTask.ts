import { saveAs } from '../../lib/saveAs.ts'
import { keepPlace } from '../library/keepVideo.ts'
import { useKeptStore } from '../library/keptStore.ts'
import { useTasksStore } from '../tasks/tasksStore.ts'

const fileName = (prompt: string, ext: string) =>
  `${prompt.slice(0, 60).replace(/[\\/:*?"<>|\s]+/g, '_') || 'video'}.${ext}`

/**
 * Saves a task's video: the browser's own copy where it kept one (no network, after the
 * link has died too); else the relay's link opens in a new tab, whose player can save it.
 */
export async function downloadTask(localId: string) {
  const record = useTasksStore.getState().tasks[localId]
  if (!record) return
  const entry = useKeptStore.getState().entries[localId]
  const kept = entry?.state === 'kept' ? entry : null
  const file = kept ? await keepPlace.files.open(kept.name) : null
  if (file && kept) {
    const href = URL.createObjectURL(file)
    saveAs(href, fileName(record.body.prompt, kept.type === 'video/webm' ? 'webm' : 'mp4'))
    setTimeout(() => URL.revokeObjectURL(href), 10_000)
    return
  }
  const link = record.outcome?.videoUrl
  if (link) window.open(link, '_blank', 'noopener')
}
