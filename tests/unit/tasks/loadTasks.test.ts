import { describe, expect, it } from 'vitest'
import { loadTasks, useTasksStore } from '../../../src/features/tasks/tasksStore.ts'
import { openAppDb } from '../../../src/lib/appDb.ts'
import { storedTasks } from '../../fixtures/stores.ts'

const record = (localId: string, createdAt: number) => ({
  localId,
  relay: '0123456789abcdef',
  body: { model: 'sora-2', prompt: `Prompt ${localId}` },
  frame: { aspect: '16:9', hd: false, seconds: 10 },
  imageCount: 0,
  createdAt,
  phase: 'created',
  remoteId: `video_${localId}`,
})

// This file's store is fresh: like the app before its first paint, it has not read its tasks.
describe('the kept tasks, read after the first screen', () => {
  it('a task started before they are read is kept with them, written once they are read', async () => {
    const db = await openAppDb()
    await db.put('tasks', record('a', 1))
    await db.put('tasks', { ...record('b', 2), deadlineMs: 5 })
    expect(useTasksStore.getState().tasks).toEqual({})

    // Generate pressed in the first instant: the store changes before it has read anything.
    useTasksStore.getState().actions.added({
      localId: 'new',
      relay: '0123456789abcdef',
      body: { model: 'sora-2', prompt: 'A heron' },
      frame: { aspect: '16:9', hd: false, seconds: 10 },
      createdAt: 3,
    })
    // The write waited.
    expect(Object.keys(await storedTasks()).sort()).toEqual(['a', 'b'])

    await loadTasks()
    expect(Object.keys(useTasksStore.getState().tasks).sort()).toEqual(['a', 'b', 'new'])
    const stored = await storedTasks()
    expect(Object.keys(stored).sort()).toEqual(['a', 'b', 'new'])
    // What was read is not written back (its copy is untouched).
    expect(stored.b).toEqual({ ...record('b', 2), deadlineMs: 5 })
  })
})
