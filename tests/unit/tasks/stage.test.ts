import { describe, expect, it } from 'vitest'
import { RelayError } from '../../../src/api/errors.ts'
import type { TaskSnapshot, TaskStatus } from '../../../src/api/types.ts'
import {
  isFinalStatus,
  isFinished,
  NO_READ,
  stageWord,
  taskStage,
  type TaskRead,
} from '../../../src/features/tasks/stage.ts'
import type { TaskRecord } from '../../../src/features/tasks/taskRecord.ts'

const record = (change: Partial<TaskRecord> = {}): TaskRecord => ({
  localId: 'l1',
  relay: 'r1',
  body: { model: 'sora-2', prompt: 'A cat' },
  frame: { aspect: '16:9', hd: false, seconds: 10 },
  imageCount: 0,
  createdAt: 0,
  phase: 'created',
  remoteId: 'task_1',
  ...change,
})
const read = (change: Partial<TaskRead> = {}): TaskRead => ({ ...NO_READ, ...change })
const snap = (change: Partial<TaskSnapshot>): TaskSnapshot => ({
  id: 'task_1',
  status: 'running',
  progress: 40,
  videoUrl: null,
  failure: null,
  ...change,
})

describe('taskStage: one place decides where a task stands', () => {
  it.each<[string, TaskRecord, TaskRead, ReturnType<typeof taskStage>]>([
    ['submitting', record({ phase: 'submitting' }), read(), { kind: 'submitting' }],
    [
      'a create that failed',
      record({
        phase: 'create_failed',
        createFailure: { kind: 'quota', mayHaveReachedRelay: false },
      }),
      read(),
      { kind: 'create_failed', failure: { kind: 'quota', mayHaveReachedRelay: false } },
    ],
    [
      'created, nothing read yet: queued',
      record(),
      read(),
      { kind: 'queued', progress: null, paused: null, reconnecting: null },
    ],
    [
      'running at 40 %',
      record(),
      read({ data: snap({}) }),
      { kind: 'running', progress: 40, paused: null, reconnecting: null },
    ],
    [
      'locked: polling waits, the last state stays',
      record(),
      read({ data: snap({}), paused: 'locked' }),
      { kind: 'running', progress: 40, paused: 'locked', reconnecting: null },
    ],
    [
      'a transient error keeps the progress and says why',
      record(),
      read({
        data: snap({}),
        error: new RelayError('server'),
        failureCount: 2,
        failureReason: new RelayError('server'),
      }),
      { kind: 'running', progress: 40, paused: null, reconnecting: 'server' },
    ],
    [
      'offline',
      record(),
      read({ data: snap({ status: 'queued', progress: null }), offline: true }),
      { kind: 'queued', progress: null, paused: null, reconnecting: 'offline' },
    ],
    [
      'a wrong key replaces the progress',
      record(),
      read({ data: snap({}), error: new RelayError('auth') }),
      { kind: 'read_failed', error: new RelayError('auth'), last: 'running' },
    ],
    [
      'succeeded',
      record(),
      read({ data: snap({ status: 'succeeded', progress: 100, videoUrl: 'https://v/1.mp4' }) }),
      { kind: 'succeeded', videoUrl: 'https://v/1.mp4' },
    ],
    [
      'failed, with the relay’s words',
      record(),
      read({
        data: snap({ status: 'failed', failure: { kind: 'prompt_review', reason: '违规' } }),
      }),
      { kind: 'failed', failure: { kind: 'prompt_review', reason: '违规' } },
    ],
    [
      'a fresh read (a refreshed link) wins over the stored outcome',
      record({ outcome: snap({ status: 'succeeded', videoUrl: 'https://v/old.mp4' }) }),
      read({ data: snap({ status: 'succeeded', videoUrl: 'https://v/fresh.mp4' }) }),
      { kind: 'succeeded', videoUrl: 'https://v/fresh.mp4' },
    ],
    [
      'the stored outcome stands while nothing was read',
      record({ outcome: snap({ status: 'succeeded', videoUrl: 'https://v/2.mp4' }) }),
      read(),
      { kind: 'succeeded', videoUrl: 'https://v/2.mp4' },
    ],
  ])('%s', (_name, r, q, stage) => {
    expect(taskStage(r, q)).toStrictEqual(stage)
  })

  it.each([
    [{ kind: 'submitting' } as const, 'submitting'],
    [
      { kind: 'create_failed', failure: { kind: 'auth', mayHaveReachedRelay: false } } as const,
      'failed',
    ],
    [{ kind: 'read_failed', error: null, last: 'running' } as const, 'running'],
    [{ kind: 'succeeded', videoUrl: 'https://v' } as const, 'succeeded'],
  ])('%j is called %s in the dock and the history', (stage, word) => {
    expect(stageWord(stage)).toBe(word)
  })

  it('says once which statuses are final, and which records are finished', () => {
    const all: TaskStatus[] = ['queued', 'running', 'succeeded', 'failed']
    expect(all.filter(isFinalStatus)).toEqual(['succeeded', 'failed'])
    expect(isFinished(record())).toBe(false)
    expect(isFinished(record({ phase: 'create_failed' }))).toBe(true)
    expect(isFinished(record({ outcome: snap({ status: 'failed' }) }))).toBe(true)
    expect(isFinished(record({ outcome: snap({ status: 'running' }) }))).toBe(false)
  })
})
