import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { submitTask } from '../../../src/features/tasks/submitTask.ts'
import { loadTasks, tasksSaved, useTasksStore } from '../../../src/features/tasks/tasksStore.ts'
import type { TaskRecord } from '../../../src/features/tasks/taskRecord.ts'
import { openAppDb } from '../../../src/lib/appDb.ts'
import { installLocks } from '../../fixtures/locks.ts'
import { reloadTasks, resetStores, storedTasks } from '../../fixtures/stores.ts'
import storedV2 from '../../fixtures/stored-tasks-v2.json'

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

const load = (stored: unknown) => reloadTasks(stored)

afterEach(resetStores)

describe('tasks kept by earlier versions in localStorage, moved into IndexedDB', () => {
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
    // …moved into the database, one record per task, and gone from localStorage.
    expect(localStorage.getItem(KEY)).toBeNull()
    const stored = await storedTasks()
    expect(Object.keys(stored).sort()).toEqual(['a-1', 'g-1', 'r-1', 's-1'])
    expect(stored['r-1']).toMatchObject({ frame: { aspect: '9:16', hd: true, seconds: 15 } })
    // A reload reads them from there, the same.
    expect(await reloadTasks()).toEqual(tasks)
  })

  it('moves a copy stored by version 2 as it was, and a copy already moved is not replaced', async () => {
    const copies = Object.values(storedV2.state.tasks)
    const [first] = copies
    // A page closed between moving the records and removing the old key: the database's copy
    // (which has since learned more) stays as it is.
    await (await openAppDb()).put('tasks', { ...first, deadlineMs: 9_000_000 })
    const tasks = await load(storedV2)
    expect(Object.keys(tasks).sort()).toEqual(copies.map((r) => r.localId).sort())
    expect(tasks[first!.localId]?.deadlineMs).toBe(9_000_000)
    for (const copy of copies) {
      const { phase, createFailure, ...same } = copy as typeof copy & { createFailure?: object }
      expect(tasks[copy.localId]).toMatchObject(same)
      // A create on its way when that page closed is interrupted, as at any reload.
      if (phase === 'submitting')
        expect(tasks[copy.localId]).toMatchObject({
          phase: 'create_failed',
          createFailure: { kind: 'interrupted', mayHaveReachedRelay: true },
        })
      else expect(tasks[copy.localId]).toMatchObject({ phase, createFailure })
    }
    expect(localStorage.getItem(KEY)).toBeNull()
    expect(Object.keys(await storedTasks())).toHaveLength(Object.keys(tasks).length)
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
    // Read again at the next start: cut once, not again.
    expect((await reloadTasks())['g-1']?.createFailure?.detail).toBe(
      `${'y'.repeat(2000)}… (+48000)`,
    )
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
  const done = (localId: string) => ({
    id: `remote-${localId}`,
    status: 'succeeded' as const,
    progress: 100,
    videoUrl: `https://v/${localId}.mp4`,
    failure: null,
  })
  /** The other tab: it writes its records into the database, then tells this one. */
  const otherTab = new BroadcastChannel('sora-studio.tasks')
  afterAll(() => otherTab.close())
  const otherTabSaved = async (records: TaskRecord[]) => {
    const db = await openAppDb()
    for (const record of records) await db.put('tasks', record)
    otherTab.postMessage(records)
  }
  const tasks = () => useTasksStore.getState().tasks
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

  it('a task the other tab created is taken in, and each tab writes only its own: neither is lost', async () => {
    createdHere('x')
    await otherTabSaved([rec('y')])
    await vi.waitFor(() => expect(Object.keys(tasks()).sort()).toEqual(['x', 'y']))
    expect(Object.keys(await storedTasks()).sort()).toEqual(['x', 'y'])
  })

  it('takes the copy that knows more, keeps its own otherwise, and leaves a create on its way alone', async () => {
    sentHere('a')
    createdHere('b')
    actions.finished('b', done('b'))
    await otherTabSaved([
      rec('a'),
      rec('b'),
      rec('c', { phase: 'submitting', remoteId: undefined }),
    ])
    await vi.waitFor(() => expect(tasks().c).toBeDefined())
    expect(tasks().a).toMatchObject({ phase: 'created', remoteId: 'remote-a' })
    expect(tasks().b?.outcome).toEqual(done('b'))
    // Still on its way in the other tab: not "interrupted", no Try again here.
    expect(tasks().c).toMatchObject({ phase: 'submitting' })
  })

  it('"Keep waiting" pressed in the other tab reaches this one (the later deadline wins), never written back', async () => {
    createdHere('w')
    await tasksSaved()
    const theirs = rec('w', { deadlineMs: 2 * 3_600_000 })
    await (await openAppDb()).put('tasks', theirs)
    const put = vi.spyOn(IDBObjectStore.prototype, 'put')
    otherTab.postMessage([theirs])
    await vi.waitFor(() => expect(tasks().w?.deadlineMs).toBe(2 * 3_600_000))
    // An older word from there changes nothing here.
    const before = tasks()
    otherTab.postMessage([rec('w', { deadlineMs: 3_600_000 })])
    await new Promise((r) => setTimeout(r, 50))
    expect(tasks()).toBe(before)
    // The other tab's write stands: this tab does not answer it with its own.
    await tasksSaved()
    expect(put).not.toHaveBeenCalled()
    put.mockRestore()
  })

  it('a tab that knew less never takes a remote id or an outcome away from the stored copy', async () => {
    createdHere('s')
    await tasksSaved()
    // The working tab finished it; this tab has not heard yet when "Keep waiting" is pressed here.
    await (await openAppDb()).put('tasks', rec('s', { outcome: done('s') }))
    actions.deadlineExtended('s', 3_600_000)
    const deadlineMs = tasks().s?.deadlineMs
    expect(deadlineMs).toBeGreaterThan(3_000_000)
    await tasksSaved()
    expect((await storedTasks()).s).toMatchObject({ outcome: done('s'), deadlineMs })
    // …and this tab learned the outcome from the write.
    expect(tasks().s?.outcome).toEqual(done('s'))
  })

  it('a change made while the last write is on its way is never undone by that write', async () => {
    sentHere('q')
    await tasksSaved()
    // Its create is sent (written: the same as stored) and, before that write is in, refused.
    actions.submitting('q', 'r')
    await Promise.resolve()
    await Promise.resolve()
    actions.createFailed('q', { kind: 'bad_request', mayHaveReachedRelay: false })
    await tasksSaved()
    expect(tasks().q).toMatchObject({ phase: 'create_failed' })
    expect((await storedTasks()).q).toMatchObject({ phase: 'create_failed' })
  })

  it('ignores what it cannot read from the other tab', async () => {
    const before = tasks()
    otherTab.postMessage([{ localId: 'bad' }, 'x', null])
    otherTab.postMessage('not a list')
    await new Promise((r) => setTimeout(r, 50))
    expect(tasks()).toBe(before)
  })
})

describe('a create on its way in another tab', () => {
  let uninstall = () => {}
  beforeEach(() => (uninstall = installLocks()))
  afterEach(() => uninstall())

  const stored = (localId: string) => ({
    localId,
    relay: 'r',
    body: { model: 'sora-2', prompt: 'A bell' },
    frame: { aspect: '16:9', hd: false, seconds: 10 },
    imageCount: 0,
    createdAt: 1,
    phase: 'submitting',
  })

  it('is not called interrupted by a page opened meanwhile; one whose page closed is', async () => {
    const db = await openAppDb()
    await db.put('tasks', stored('theirs'))
    await db.put('tasks', stored('closed'))
    let answer = () => {}
    // The other tab holds the create's lock while it waits for the relay.
    void navigator.locks.request(
      'sora-studio.create.theirs',
      () => new Promise<void>((r) => (answer = r)),
    )
    const tasks = await reloadTasks()
    expect(tasks.theirs).toMatchObject({ phase: 'submitting' })
    expect(tasks.closed).toMatchObject({
      phase: 'create_failed',
      createFailure: { kind: 'interrupted' },
    })
    // "Try again" pressed here while that tab still sends it: nothing is sent from here.
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    await submitTask('theirs')
    expect(fetchSpy).not.toHaveBeenCalled()
    fetchSpy.mockRestore()
    answer()
  })
})
