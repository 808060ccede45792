import { describe, expect, it } from 'vitest'
import {
  nextPollDelay,
  observedPace,
  retryDelay,
  type Observation,
} from '../../../src/features/tasks/pollPolicy.ts'

const at = (
  s: number,
  status: Observation['status'],
  progress: number | null = null,
): Observation => ({
  at: s * 1000,
  status,
  progress,
})

describe('nextPollDelay', () => {
  it.each<[string, Observation[], number, number | false]>([
    ['nothing seen yet: ask soon', [], 0, 1500],
    ['queued: quick', [at(0, 'queued')], 1000, 2000],
    ['running without a number: steady', [at(0, 'running', null)], 1000, 3000],
    ['running, one report: no pace yet', [at(0, 'running', 10)], 1000, 3000],
    // 10 % per 10 s: the next step is due 10 s after the last report, 2 s have passed
    ['paced: aims at the next step', [at(0, 'running', 10), at(10, 'running', 20)], 12_000, 8000],
    // 10 % per second: never faster than the floor
    ['fast pace: floored', [at(0, 'running', 10), at(1, 'running', 20)], 1000, 1500],
    // 1 % per 10 s: never slower than the ceiling
    ['slow pace: capped', [at(0, 'running', 10), at(100, 'running', 20)], 100_000, 15_000],
    ['overdue step: floored', [at(0, 'running', 10), at(10, 'running', 20)], 40_000, 1500],
    ['succeeded: stop', [at(0, 'running', 10), at(5, 'succeeded', 100)], 6000, false],
    ['failed: stop', [at(0, 'failed')], 1000, false],
  ])('%s', (_name, observations, now, expected) => {
    expect(nextPollDelay(observations, now)).toBe(expected)
  })

  it('is pure: the same inputs give the same answer', () => {
    const obs = [at(0, 'running', 10), at(10, 'running', 30)]
    expect(nextPollDelay(obs, 11_000)).toBe(nextPollDelay(obs, 11_000))
  })
})

describe('observedPace', () => {
  it('measures from the first to the last running report', () => {
    expect(
      observedPace([at(0, 'queued'), at(5, 'running', 10), at(15, 'running', 30)]),
    ).toBeCloseTo(20 / 10_000)
  })
  it('has no pace while progress stands still or is unknown', () => {
    expect(observedPace([at(0, 'running', 10), at(5, 'running', 10)])).toBeNull()
    expect(observedPace([at(0, 'running', null), at(5, 'running', null)])).toBeNull()
  })
})

describe('retryDelay', () => {
  it('is full jitter under a doubling, capped ceiling', () => {
    expect(retryDelay(0, undefined, () => 0.999)).toBe(999)
    expect(retryDelay(3, undefined, () => 0.5)).toBe(4000)
    expect(retryDelay(20, undefined, () => 1)).toBe(30_000)
    expect(retryDelay(20, undefined, () => 0)).toBe(0)
  })
  it('honours Retry-After, within reason', () => {
    expect(retryDelay(0, 7000, () => 0)).toBe(7000)
    expect(retryDelay(0, 10 * 60_000, () => 0)).toBe(120_000)
  })
})
