import { describe, expect, it } from 'vitest'
import type { Observation } from '../../../src/features/tasks/pollPolicy.ts'
import { smoothProgress } from '../../../src/features/tasks/smoothProgress.ts'

const at = (
  s: number,
  progress: number | null,
  status: Observation['status'] = 'running',
): Observation => ({
  at: s * 1000,
  status,
  progress,
})

describe('smoothProgress', () => {
  it('has nothing to show before any number, and no time left', () => {
    expect(smoothProgress([], 0)).toEqual({ value: null, etaMs: null })
    expect(smoothProgress([at(0, null, 'queued')], 5000)).toEqual({
      value: null,
      etaMs: null,
    })
  })

  it('shows the last report while there is no pace yet', () => {
    expect(smoothProgress([at(0, 10)], 9000)).toEqual({ value: 10, etaMs: null })
  })

  it('moves on between coarse reports at the observed pace', () => {
    // the step to 20 % fell between the reads at 0 and 10 s: placed at 5 s, 10 % per 5 s;
    // 4 s after the 20 % report the bar is at 28 %
    const obs = [at(0, 10), at(10, 20)]
    const shown = smoothProgress(obs, 14_000)
    expect(shown.value).toBeCloseTo(28)
    expect(shown.etaMs).toBeCloseTo(36_000)
  })

  it('never runs more than one step past the last report', () => {
    expect(smoothProgress([at(0, 10), at(10, 20)], 60_000).value).toBe(30)
  })

  it('never goes backwards when a report comes back lower', () => {
    expect(
      smoothProgress([at(0, 10), at(10, 30), at(12, 20)], 12_000).value,
    ).toBeGreaterThanOrEqual(30)
  })

  it('stays below 100 % until the relay says it is done', () => {
    expect(smoothProgress([at(0, 80), at(10, 95)], 60_000).value).toBe(99)
    expect(smoothProgress([at(0, 90), at(10, 100)], 10_000).value).toBe(99)
  })

  it('takes the step size from the relay’s own steps', () => {
    // 5 % steps: at most 5 % past the last report
    expect(smoothProgress([at(0, 5), at(5, 10), at(10, 15)], 60_000).value).toBe(20)
  })
})
