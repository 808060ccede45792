import { describe, expect, it } from 'vitest'
import { loadTasks, useTasksStore } from '../../../src/features/tasks/tasksStore.ts'

const KEY = 'sora-studio.tasks'

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

const storedIds = () =>
  Object.keys((JSON.parse(localStorage.getItem(KEY)!) as { state: { tasks: object } }).state.tasks)

// This file's store is fresh: like the app before its first paint, it has not read its tasks.
describe('the kept tasks, read after the first screen', () => {
  it('a task started before they are read is kept with them, never written over them', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ state: { tasks: { a: record('a', 1), b: record('b', 2) } }, version: 2 }),
    )
    expect(useTasksStore.getState().tasks).toEqual({})

    // Generate pressed in the first instant: the store changes before it has read anything.
    useTasksStore.getState().actions.added({
      localId: 'new',
      relay: '0123456789abcdef',
      body: { model: 'sora-2', prompt: 'A heron' },
      frame: { aspect: '16:9', hd: false, seconds: 10 },
      createdAt: 3,
    })
    // The write waited: what was kept is still there, whole.
    expect(storedIds()).toEqual(['a', 'b'])

    await loadTasks()
    expect(Object.keys(useTasksStore.getState().tasks).sort()).toEqual(['a', 'b', 'new'])
    expect(storedIds().sort()).toEqual(['a', 'b', 'new'])
  })
})
