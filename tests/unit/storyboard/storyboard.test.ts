import { beforeEach, describe, expect, it } from 'vitest'
import type { KeptEntry } from '../../../src/features/library/keptIndex.ts'
import {
  askedHere,
  boardsActions,
  useBoardsStore,
} from '../../../src/features/storyboard/boardsStore.ts'
import { markSent, storedShot, wasSent } from '../../../src/features/storyboard/sentAsks.ts'
import { chainOf } from '../../../src/features/storyboard/fromChain.ts'
import { readBoard, type Shot } from '../../../src/features/storyboard/shot.ts'
import { shotStatus, shotsToMake } from '../../../src/features/storyboard/shotStatus.ts'
import { filmTake, fromPrevious } from '../../../src/features/storyboard/takes.ts'
import type { TaskRecord } from '../../../src/features/tasks/taskRecord.ts'

const record = (localId: string, change: Partial<TaskRecord> = {}): TaskRecord => ({
  localId,
  relay: '0123456789abcdef',
  body: { model: 'sora-2', prompt: `prompt of ${localId}` },
  frame: { aspect: '16:9', hd: false, seconds: 10 },
  imageCount: 0,
  createdAt: 1_790_000_000_000,
  phase: 'created',
  remoteId: `video_${localId}`,
  ...change,
})
const done = (localId: string, change: Partial<TaskRecord> = {}) =>
  record(localId, {
    outcome: {
      id: `video_${localId}`,
      status: 'succeeded',
      progress: 100,
      videoUrl: `https://relay.example/${localId}.mp4`,
      failure: null,
    },
    ...change,
  })
const failed = (localId: string) =>
  record(localId, {
    outcome: {
      id: `video_${localId}`,
      status: 'failed',
      progress: 40,
      videoUrl: null,
      failure: { kind: 'generic', reason: 'The relay said no' },
    },
  })
const kept = (localId: string): KeptEntry => ({
  localId,
  state: 'kept',
  name: `${localId}.mp4`,
  size: 1000,
  type: 'video/mp4',
  at: 1,
})
const shot = (id: string, change: Partial<Shot> = {}): Shot => ({
  id,
  prompt: `shot ${id}`,
  model: 'sora-2',
  values: {},
  continues: false,
  takes: [],
  ...change,
})

describe('a continuing shot and the shot before it', () => {
  it('waits while the previous shot is wanted, running, or finished but not yet kept', () => {
    expect(fromPrevious(shot('a', { wanted: true }), {}, {}, [], true)).toEqual({ kind: 'wait' })
    const a = shot('a', { takes: ['t1'] })
    expect(fromPrevious(a, { t1: record('t1') }, {}, [], true)).toEqual({ kind: 'wait' })
    expect(fromPrevious(a, { t1: done('t1') }, {}, [], true)).toEqual({ kind: 'wait' })
    expect(fromPrevious(a, { t1: done('t1') }, { t1: kept('t1') }, ['t1'], true)).toEqual({
      kind: 'wait',
    })
  })

  it('starts from the kept file of the chosen take, else the newest', () => {
    const tasks = { t1: done('t1'), t2: done('t2') }
    const entries = { t1: kept('t1'), t2: kept('t2') }
    expect(fromPrevious(shot('a', { takes: ['t1', 't2'] }), tasks, entries, [], true)).toEqual({
      kind: 'ready',
      take: 't2',
      file: 't2.mp4',
      prompt: 'prompt of t2',
    })
    const chosen = shot('a', { takes: ['t1', 't2'], chosen: 't1' })
    expect(fromPrevious(chosen, tasks, entries, [], true)).toMatchObject({ take: 't1' })
  })

  it('stops when the previous shot failed, has no video, or its video will not be kept', () => {
    const a = shot('a', { takes: ['t1'] })
    expect(fromPrevious(a, { t1: failed('t1') }, {}, [], true)).toEqual({
      kind: 'stop',
      reason: 'previousFailed',
    })
    expect(fromPrevious(shot('a'), {}, {}, [], true)).toMatchObject({ reason: 'previousMissing' })
    // Deleted from the library meanwhile.
    expect(fromPrevious(a, {}, {}, [], true)).toMatchObject({ reason: 'previousMissing' })
    // Keeping is off: it never will be kept.
    expect(fromPrevious(a, { t1: done('t1') }, {}, [], false)).toMatchObject({
      reason: 'previousNotKept',
    })
    const notKept: KeptEntry = { localId: 't1', state: 'notKept', reason: 'full', at: 1 }
    expect(fromPrevious(a, { t1: done('t1') }, { t1: notKept }, [], true)).toMatchObject({
      reason: 'previousNotKept',
    })
  })
})

describe('what a shot says, and what Generate all sends', () => {
  const shots = [
    shot('a', { takes: ['t1'] }),
    shot('b', { continues: true, wanted: true }),
    shot('c', { takes: ['t3'] }),
    shot('d', { stopped: 'previousFailed' }),
  ]
  const tasks = { t1: record('t1'), t3: failed('t3') }

  it('names the shot it waits for, a failure in the relay’s words, and why it stopped', () => {
    expect(shotStatus(shots, 0, tasks, {}, [], true).key).toBe('board.state.running')
    expect(shotStatus(shots, 1, tasks, {}, [], true)).toEqual({
      key: 'board.state.waiting',
      params: { n: 1 },
      tone: 'busy',
    })
    expect(shotStatus(shots, 2, tasks, {}, [], true)).toMatchObject({
      key: 'board.state.failed',
      params: { reason: 'The relay said no' },
    })
    expect(shotStatus(shots, 3, tasks, {}, [], true)).toMatchObject({
      key: 'board.stopped.previousFailed',
      params: { n: 3 },
    })
  })

  it('says when a continuing shot was made from another video than the take now before it', () => {
    const tasks = {
      t1: done('t1'),
      t1b: done('t1b'),
      t2: done('t2', { continues: { localId: 't1', prompt: '' } }),
    }
    const board = [shot('a', { takes: ['t1'] }), shot('b', { continues: true, takes: ['t2'] })]
    expect(shotStatus(board, 1, tasks, {}, [], true).key).toBe('board.state.done')
    // Another take of shot 1 chosen, or the shots reordered: shot 2 no longer follows on.
    const chosen = [shot('a', { takes: ['t1', 't1b'] }), board[1]!]
    expect(shotStatus(chosen, 1, tasks, {}, [], true)).toMatchObject({
      key: 'board.state.stale',
      params: { n: 1 },
    })
    expect(shotStatus([board[1]!, board[0]!], 0, tasks, {}, [], true).key).toBe('board.state.done')
  })

  it('sends the shots with no take or a failed one, never one wanted or running', () => {
    expect(shotsToMake(shots, tasks).map((s) => s.id)).toEqual(['c', 'd'])
  })
})

describe('the storyboards’ store', () => {
  beforeEach(() => useBoardsStore.setState({ boards: [] }))
  const board = () => useBoardsStore.getState().boards[0]!

  it('adds, duplicates, moves and removes shots; a started take is the film’s and no longer wanted', () => {
    const id = boardsActions.created('Film', 'sora-2')
    const first = board().shots[0]!.id
    boardsActions.shotChanged(id, first, { prompt: 'one', values: { duration: '15' } })
    const second = boardsActions.shotAdded(id, 'veo3')
    // A new shot takes the model and settings of the shot before it.
    expect(board().shots[1]).toMatchObject({
      id: second,
      model: 'sora-2',
      values: { duration: '15' },
    })
    const copy = boardsActions.shotDuplicated(id, first)
    expect(board().shots.map((s) => s.id)).toEqual([first, copy, second])
    expect(board().shots[1]).toMatchObject({ prompt: 'one', takes: [] })
    boardsActions.shotMoved(id, first, 9) // clamped: to the end
    expect(board().shots.map((s) => s.id)).toEqual([copy, second, first])
    boardsActions.shotChanged(id, second, { stopped: 'previousFailed' })
    boardsActions.wanted(id, [first])
    // Asked with an id of its own; the other shot keeps what it says.
    expect(board().shots[2]!.wanted).toBe(true)
    expect(board().shots[2]!.ask).toMatch(/^ask-/)
    expect(board().shots[1]).toMatchObject({ stopped: 'previousFailed' })
    expect(askedHere(board().shots[2]!.ask)).toBe(true)
    boardsActions.shotChanged(id, first, { chosen: 'old' })
    boardsActions.takeStarted(id, first, 'task-1')
    expect(board().shots[2]).toMatchObject({ takes: ['task-1'] })
    expect(board().shots[2]!.wanted).toBeUndefined()
    expect(board().shots[2]!.ask).toBeUndefined()
    expect(filmTake(board().shots[2]!)).toBe('task-1')
    boardsActions.shotRemoved(id, second)
    expect(board().shots).toHaveLength(2)
  })

  it('reads damaged storage for what has the right shape, and drops the rest', () => {
    expect(readBoard('nonsense')).toBeNull()
    expect(
      readBoard({
        id: 'b1',
        name: 42,
        shots: [
          { id: 's1', model: 'sora-2', prompt: 'ok', takes: ['t1', 7], stopped: 'who knows' },
          { model: 'no id' },
          null,
        ],
      }),
    ).toEqual({
      id: 'b1',
      name: '',
      createdAt: 0,
      shots: [
        { id: 's1', model: 'sora-2', prompt: 'ok', values: {}, continues: false, takes: ['t1'] },
      ],
    })
  })
})

describe('a chain of continuations', () => {
  it('runs from its first video to its last, through the video asked about', () => {
    const tasks = {
      a: done('a', { createdAt: 1 }),
      b: done('b', { createdAt: 2, continues: { localId: 'a', prompt: '' } }),
      b2: done('b2', { createdAt: 3, continues: { localId: 'a', prompt: '' } }),
      c: done('c', { createdAt: 4, continues: { localId: 'b', prompt: '' } }),
    }
    // Through b (asked about): a → b → c. Through a, the oldest continuation is followed.
    expect(chainOf(tasks, 'b').map((r) => r.localId)).toEqual(['a', 'b', 'c'])
    expect(chainOf(tasks, 'a').map((r) => r.localId)).toEqual(['a', 'b', 'c'])
    expect(chainOf(tasks, 'b2').map((r) => r.localId)).toEqual(['a', 'b2'])
  })

  it('stops at a loop in damaged data instead of spinning', () => {
    const tasks = {
      a: done('a', { continues: { localId: 'b', prompt: '' } }),
      b: done('b', { continues: { localId: 'a', prompt: '' } }),
    }
    expect(chainOf(tasks, 'a').map((r) => r.localId)).toEqual(['b', 'a'])
  })
})

describe('sent once', () => {
  it('keeps the asks already sent apart from the boards, and reads a shot as storage has it', () => {
    localStorage.clear()
    expect(wasSent('ask-1')).toBe(false)
    expect(markSent('ask-1')).toBe(true)
    expect(wasSent('ask-1')).toBe(true)
    // A tab writing its older copy of the boards does not bring a sent ask back.
    localStorage.setItem(
      'sora-studio.storyboards',
      JSON.stringify({
        state: {
          boards: [{ id: 'b', shots: [{ id: 's', model: 'sora-2', wanted: true, ask: 'ask-1' }] }],
        },
        version: 1,
      }),
    )
    expect(storedShot('b', 's')).toMatchObject({ wanted: true, ask: 'ask-1' })
    expect(wasSent('ask-1')).toBe(true)
    expect(storedShot('b', 'gone')).toBeNull()
    localStorage.setItem('sora-studio.storyboards', '{damaged')
    expect(storedShot('b', 's')).toBeNull()
  })
})
