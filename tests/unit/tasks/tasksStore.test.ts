import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  loadTasks,
  tasksChangedElsewhere,
  useTasksStore,
} from '../../../src/features/tasks/tasksStore.ts'
import type { TaskRecord } from '../../../src/features/tasks/taskRecord.ts'
import { reloadWith, resetStores } from '../../fixtures/stores.ts'

const KEY = 'sora-studio.tasks'

/** Records exactly as version 1 (before the redesign) stored them: no frame. */
const V1 = {
  state: {
    tasks: {
      'a-1': {
        localId: 'a-1',
        relay: '0123456789abcdef',
        body: {
          model: 'sora-2-pro',
          prompt: 'A fox',
          aspect_ratio: '9:16',
          duration: '15',
          hd: true,
        },
        imageCount: 0,
        createdAt: 1_700_000_000_000,
        phase: 'created',
        remoteId: 'video_1',
        outcome: {
          id: 'video_1',
          status: 'succeeded',
          progress: 100,
          videoUrl: 'https://cdn.example/v1.mp4',
          failure: null,
        },
      },
      'g-1': {
        localId: 'g-1',
        relay: '0123456789abcdef',
        body: {
          model: 'grok-video-3',
          prompt: 'A tram',
          ratio: '2:3',
          duration: 10,
          resolution: '1080P',
        },
        imageCount: 1,
        createdAt: 1_700_000_001_000,
        phase: 'create_failed',
        createFailure: { kind: 'quota', detail: '额度不足', mayHaveReachedRelay: false },
      },
      'r-1': {
        localId: 'r-1',
        relay: '0123456789abcdef',
        body: { model: 'sora-2-pro', prompt: 'now at night' },
        imageCount: 0,
        createdAt: 1_700_000_003_000,
        phase: 'created',
        remoteId: 'video_2',
        remixOf: { localId: 'a-1', remoteId: 'video_1', prompt: 'A fox' },
      },
      's-1': {
        localId: 's-1',
        relay: '0123456789abcdef',
        body: { model: 'sora-2', prompt: 'A bell' },
        imageCount: 0,
        createdAt: 1_700_000_002_000,
        phase: 'submitting',
      },
    },
  },
  version: 1,
}

const load = async (stored: unknown) => (await reloadWith(useTasksStore, stored)).tasks

afterEach(resetStores)

describe('the tasks store, version 2', () => {
  it('carries version 1 records forward, each with the frame its body asked for', async () => {
    const tasks = await load(V1)
    expect(Object.keys(tasks).sort()).toEqual(['a-1', 'g-1', 'r-1', 's-1'])
    expect(tasks['a-1']).toMatchObject({
      frame: { aspect: '9:16', hd: true, seconds: 15 },
      remoteId: 'video_1',
      outcome: { status: 'succeeded', videoUrl: 'https://cdn.example/v1.mp4' },
    })
    expect(tasks['g-1']).toMatchObject({
      frame: { aspect: '2:3', hd: true, seconds: 10 },
      imageCount: 1,
      createFailure: { kind: 'quota', detail: '额度不足', mayHaveReachedRelay: false },
    })
    // A remix's body holds only the change: it takes its source's frame.
    expect(tasks['r-1']).toMatchObject({
      frame: { aspect: '9:16', hd: true, seconds: 15 },
      remixOf: { localId: 'a-1', remoteId: 'video_1', prompt: 'A fox' },
    })
    // A create on its way when the page closed is never re-sent on its own.
    expect(tasks['s-1']).toMatchObject({
      phase: 'create_failed',
      createFailure: { kind: 'interrupted', mayHaveReachedRelay: true },
      frame: { aspect: '16:9', hd: false, seconds: 10 },
    })
    // …and is written back as version 2 at the next change.
    useTasksStore.getState().actions.deadlineExtended('a-1', 1000)
    const saved = JSON.parse(localStorage.getItem(KEY)!) as { version: number }
    expect(saved.version).toBe(2)
  })

  it('drops the records it cannot read and keeps the rest', async () => {
    const good = { ...V1.state.tasks['a-1'], frame: { aspect: '9:16', hd: true, seconds: 15 } }
    const tasks = await load({
      state: {
        tasks: {
          good,
          noBody: { ...good, localId: 'noBody', body: null },
          badPrompt: { ...good, localId: 'badPrompt', body: { model: 'sora-2', prompt: 7 } },
          badPhase: { ...good, localId: 'badPhase', phase: 'done' },
          noFrame: { ...good, localId: 'noFrame', frame: undefined },
          aString: 'not a record',
          aNull: null,
        },
      },
      version: 2,
    })
    expect(Object.keys(tasks)).toEqual(['a-1'])
    expect(tasks['a-1']?.frame).toEqual({ aspect: '9:16', hd: true, seconds: 15 })
  })

  it('reads a damaged outcome as no outcome (so the task is asked again), not as a crash', async () => {
    const tasks = await load({
      state: {
        tasks: {
          'a-1': {
            ...V1.state.tasks['a-1'],
            frame: { aspect: '16:9', hd: false, seconds: null },
            outcome: { status: 'maybe', id: 3 },
          },
        },
      },
      version: 2,
    })
    expect(tasks['a-1']?.outcome).toBeUndefined()
  })

  it.each([
    ['not JSON', '{"state":'],
    ['a string', '"tasks"'],
    ['no tasks', '{"state":{},"version":2}'],
    ['tasks not an object', '{"state":{"tasks":[1,2]},"version":1}'],
  ])('starts empty from storage that is %s', async (_name, raw) => {
    expect(await load(raw)).toEqual({})
  })

  it('checks stored links as fresh ones: a planted data: or javascript: link never comes back', async () => {
    const base = { ...V1.state.tasks['a-1'], frame: { aspect: '16:9', hd: false, seconds: 10 } }
    const tasks = await load({
      state: {
        tasks: {
          html: {
            ...base,
            localId: 'html',
            outcome: { ...base.outcome, videoUrl: 'data:text/html,<b>x' },
          },
          js: {
            ...base,
            localId: 'js',
            outcome: { ...base.outcome, videoUrl: 'javascript:alert(1)' },
          },
          ok: { ...base, localId: 'ok' },
        },
      },
      version: 2,
    })
    // The task stays; its unsafe "success" is dropped, so the relay is asked again.
    expect(tasks.html?.outcome).toBeUndefined()
    expect(tasks.js?.outcome).toBeUndefined()
    expect(tasks.ok?.outcome?.videoUrl).toBe('https://cdn.example/v1.mp4')
  })

  it('cuts relay text an older version stored at any length', async () => {
    const base = { ...V1.state.tasks['g-1'], frame: { aspect: '2:3', hd: true, seconds: 10 } }
    const tasks = await load({
      state: {
        tasks: {
          'g-1': { ...base, createFailure: { kind: 'bad_request', detail: 'y'.repeat(50_000) } },
          'f-1': {
            ...base,
            localId: 'f-1',
            phase: 'created',
            remoteId: 'v',
            outcome: {
              id: 'v',
              status: 'failed',
              progress: null,
              videoUrl: null,
              failure: { kind: 'generic', reason: 'z'.repeat(1_000_000) },
            },
          },
        },
      },
      version: 2,
    })
    expect(tasks['g-1']?.createFailure?.detail).toBe(`${'y'.repeat(2000)}… (+48000)`)
    expect(tasks['f-1']?.outcome?.failure?.reason).toBe(`${'z'.repeat(2000)}… (+998000)`)
  })
})

describe('two tabs', () => {
  const rec = (localId: string, change: Partial<TaskRecord> = {}): TaskRecord => ({
    localId,
    relay: 'r',
    body: { model: 'sora-2', prompt: localId },
    frame: { aspect: '16:9', hd: false, seconds: 10 },
    imageCount: 0,
    createdAt: 1,
    phase: 'created',
    remoteId: `remote-${localId}`,
    ...change,
  })
  const saved = (tasks: TaskRecord[]) =>
    JSON.stringify({
      state: { tasks: Object.fromEntries(tasks.map((t) => [t.localId, t])) },
      version: 2,
    })
  const kept = () =>
    Object.keys(
      (JSON.parse(localStorage.getItem(KEY)!) as { state: { tasks: object } }).state.tasks,
    ).sort()
  const { actions } = useTasksStore.getState()
  /** A task this tab sent, recorded as Generate records it; the relay has not answered. */
  const sentHere = (localId: string) => {
    const { relay, body, frame, createdAt } = rec(localId)
    actions.added({ localId, relay, body, frame, createdAt })
  }
  /** …and its create answered: this tab holds `rec(localId)`. */
  const createdHere = (localId: string) => {
    sentHere(localId)
    actions.created(localId, rec(localId).remoteId!)
  }

  // A tab in use has read its kept tasks (after its first paint): its writes are not held back.
  beforeAll(loadTasks)

  it('a task the other tab created is taken in and written back with ours: neither is lost', () => {
    createdHere('x')
    // Tab B, which never saw x, saved only y over it.
    localStorage.setItem(KEY, saved([rec('y')]))
    tasksChangedElsewhere(localStorage.getItem(KEY))
    expect(Object.keys(useTasksStore.getState().tasks).sort()).toEqual(['x', 'y'])
    expect(kept()).toEqual(['x', 'y'])
  })

  it('takes the copy that knows more, keeps its own otherwise, and leaves a create on its way alone', () => {
    const done = {
      id: 'remote-a',
      status: 'succeeded' as const,
      progress: 100,
      videoUrl: 'https://v/a.mp4',
      failure: null,
    }
    sentHere('a')
    createdHere('b')
    actions.finished('b', done)
    tasksChangedElsewhere(
      saved([rec('a'), rec('b'), rec('c', { phase: 'submitting', remoteId: undefined })]),
    )
    const tasks = useTasksStore.getState().tasks
    expect(tasks.a).toMatchObject({ phase: 'created', remoteId: 'remote-a' })
    expect(tasks.b?.outcome).toEqual(done)
    // Still on its way in the other tab: not "interrupted", no Try again here.
    expect(tasks.c).toMatchObject({ phase: 'submitting' })
  })

  it('"Keep waiting" pressed in the other tab reaches this one (the later deadline wins), and they settle', () => {
    createdHere('w')
    tasksChangedElsewhere(saved([rec('w', { deadlineMs: 2 * 3_600_000 })]))
    expect(useTasksStore.getState().tasks.w?.deadlineMs).toBe(2 * 3_600_000)
    const spy = vi.spyOn(Storage.prototype, 'setItem')
    tasksChangedElsewhere(saved([rec('w', { deadlineMs: 3_600_000 })]))
    expect(spy).not.toHaveBeenCalled()
    expect(useTasksStore.getState().tasks.w?.deadlineMs).toBe(2 * 3_600_000)
    spy.mockRestore()
  })

  it('writes nothing when it learned nothing, so two tabs settle', () => {
    createdHere('x')
    const before = localStorage.getItem(KEY)
    const spy = vi.spyOn(Storage.prototype, 'setItem')
    tasksChangedElsewhere(saved([rec('x', { phase: 'submitting', remoteId: undefined })]))
    tasksChangedElsewhere('not json')
    expect(spy).not.toHaveBeenCalled()
    expect(localStorage.getItem(KEY)).toBe(before)
    spy.mockRestore()
  })
})
