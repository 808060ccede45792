import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { now } from '../../../src/lib/clock.ts'

const HOUR = 3_600_000

beforeEach(() => {
  // Both clocks faked: advancing time moves both; setSystemTime moves only the wall clock,
  // as a user changing the system time does.
  vi.useFakeTimers({ toFake: ['Date', 'performance', 'setTimeout'] })
  vi.setSystemTime(new Date('2026-11-28T12:00:00Z'))
  now()
})
afterEach(() => vi.useRealTimers())

describe('the app clock', () => {
  it('moves with time as it passes', () => {
    const start = now()
    vi.advanceTimersByTime(15_000)
    expect(now() - start).toBe(15_000)
  })

  it.each([
    ['forward', 2 * HOUR],
    ['back', -2 * HOUR],
  ])('leaves out a jump of the wall clock %s', (_way, jump) => {
    const start = now()
    vi.advanceTimersByTime(5_000)
    vi.setSystemTime(Date.now() + jump)
    vi.advanceTimersByTime(5_000)
    expect(now() - start).toBe(10_000)
    // and goes on from there at the right pace
    vi.advanceTimersByTime(60_000)
    expect(now() - start).toBe(70_000)
  })

  it('takes small drift between the clocks as it comes', () => {
    const start = now()
    vi.setSystemTime(Date.now() + 300)
    expect(now() - start).toBe(300)
  })
})
