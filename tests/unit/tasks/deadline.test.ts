import { describe, expect, it } from 'vitest'
import { activeAge, isOverdue } from '../../../src/features/tasks/deadline.ts'

const MIN = 60_000

describe('the job deadline', () => {
  it('is a time, not a count of polls, and time spent locked does not count', () => {
    expect(activeAge(0, 30 * MIN, [])).toBe(30 * MIN)
    expect(activeAge(0, 90 * MIN, [{ from: 10 * MIN, to: 50 * MIN }])).toBe(50 * MIN)
    // still locked now
    expect(activeAge(0, 90 * MIN, [{ from: 60 * MIN, to: null }])).toBe(60 * MIN)
    // locked before the job existed: nothing to subtract
    expect(activeAge(100 * MIN, 130 * MIN, [{ from: 0, to: 110 * MIN }])).toBe(20 * MIN)
  })

  it('is 60 minutes unless the user chose to keep waiting', () => {
    expect(isOverdue({ createdAt: 0 }, 59 * MIN, [])).toBe(false)
    expect(isOverdue({ createdAt: 0 }, 61 * MIN, [])).toBe(true)
    expect(isOverdue({ createdAt: 0 }, 61 * MIN, [{ from: 0, to: 30 * MIN }])).toBe(false)
    expect(isOverdue({ createdAt: 0, deadlineMs: 120 * MIN }, 61 * MIN, [])).toBe(false)
  })
})
