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

// A coarse relay's step, seen between two reads a second apart: `stepAt(20.5, 10, 20)`.
const stepAt = (mid: number, from: number, to: number) => [
  at(mid - 0.5, 'running', from),
  at(mid + 0.5, 'running', to),
]
// Queued until 0.5 s, then 10 % steps every 10 s (1 % per second), each seen a second apart.
const steady = [
  at(0, 'queued'),
  at(1, 'running', 10),
  ...stepAt(20.5, 10, 20),
  ...stepAt(30.5, 20, 30),
]
// A live number (rises under 5 points): 0.2 % per second.
const live = (from: number) => [at(0, 'running', from), at(10, 'running', from + 2)]

describe('nextPollDelay', () => {
  it.each<[string, Observation[], number, number | false]>([
    ['nothing seen yet: ask soon', [], 0, 1500],
    ['queued: quick at first', [at(0, 'queued')], 0, 2000],
    ['queued for long: waits grow with the wait', [at(0, 'queued'), at(8, 'queued')], 8000, 8000],
    ['queued for very long: capped', [at(0, 'queued'), at(40, 'queued')], 40_000, 15_000],
    ['running without a number: waits grow', [at(0, 'running', null)], 0, 2000],
    ['running, one report: no pace yet', [at(0, 'queued'), at(4, 'running', 10)], 4000, 4000],
    // 30 % at 30.5 s, 1 %/s: 40 % is due at 40.5 s, read 15 % of a step (1.5 s) after it
    ['coarse steps: a read just after the next step is due', steady, 31_000, 11_000],
    [
      'coarse step late: look again a quarter step on',
      [...steady, at(41, 'running', 30)],
      41_000,
      2500,
    ],
    // no step for over a step's time: halfway to the expected end (100.5 s), at most 8 s
    ['coarse steps stalled: close in on the end', [...steady, at(52, 'running', 30)], 52_000, 8000],
    // a live number: halfway to the end, at most a minute
    ['live number, end far: capped', live(10), 10_000, 60_000],
    ['live number, end near: halfway', live(96), 10_000, 5000],
    ['asked again later: the appointment holds', live(96), 12_000, 3000],
    ['asked after the appointment: at once', live(96), 20_000, 250],
    ['past the expected end: close reads', [...live(96), at(22, 'running', 98)], 22_000, 2000],
    ['long past the end: growing, capped', [...live(96), at(40, 'running', 98)], 40_000, 6000],
    ['succeeded: stop', [at(0, 'running', 10), at(5, 'succeeded', 100)], 6000, false],
    ['failed: stop', [at(0, 'failed')], 1000, false],
    // the last read is stamped two hours ahead of now (the clock moved back between them)
    ['a read from the future: never waits longer than a minute', live(96), -7_200_000, 60_000],
  ])('%s', (_name, observations, now, expected) => {
    expect(nextPollDelay(observations, now)).toBe(expected)
  })

  it('is pure: the same inputs give the same answer', () => {
    expect(nextPollDelay(steady, 33_000)).toBe(nextPollDelay(steady, 33_000))
  })
})

describe('observedPace', () => {
  it('fits the steps, each placed between the reads around it', () => {
    expect(observedPace(steady)).toBeCloseTo(10 / 10_000)
  })
  it('trusts a step seen between close reads over one seen after a long gap', () => {
    // the rise to 40 % fell somewhere in 20 s: it barely moves the fit
    const vague = [...steady, at(32, 'running', 30), at(52, 'running', 40)]
    expect(observedPace(vague)).toBeGreaterThan(0.0009)
    expect(observedPace(vague)).toBeLessThan(0.00101)
  })
  it('takes a live number where it was read', () => {
    expect(observedPace(live(50))).toBeCloseTo(2 / 10_000)
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
