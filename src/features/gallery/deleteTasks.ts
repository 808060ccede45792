import { discardKept } from '../library/keepVideo.ts'
import { forgetTasks } from '../tasks/tasksStore.ts'

/**
 * Deletes tasks from this browser (every tab), then the files kept for them, freeing their
 * space; a file that will not go is left for the next start. The relay's copies are not touched.
 */
export async function deleteTasks(ids: readonly string[]): Promise<void> {
  await forgetTasks(ids)
  await Promise.all(ids.map((id) => discardKept(id).catch(() => {})))
}
