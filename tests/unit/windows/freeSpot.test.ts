import { describe, expect, it } from 'vitest'
import {
  freeSpotNear,
  MIN_HEIGHT,
  MIN_WIDTH,
  type WindowRect,
} from '../../../src/features/windows/layout.ts'
import { COMPOSER_RIGHT, DESKTOP, LAPTOP, overlap } from './screens.ts'

const inside = (r: WindowRect, area: { width: number; height: number }) =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= area.width && r.y + r.height <= area.height

describe('freeSpotNear: where a remix opens', () => {
  it('beside its source where there is room: same size, not on it, not on the composer', () => {
    const source = { x: 496, y: 16, width: 480, height: 360 }
    const spot = freeSpotNear(source, [], DESKTOP)
    expect(spot).toMatchObject({ width: 480, height: 360 })
    expect(overlap(spot, source)).toBe(false)
    expect(spot.x).toBeGreaterThan(COMPOSER_RIGHT)
    expect(inside(spot, DESKTOP)).toBe(true)
    // The nearest free spot: just below it (beside it, it would run off the screen).
    expect(spot).toMatchObject({ x: 496, y: 384 })
  })

  it('at 1280×720, where no spot of its size is free, a smaller window of the same shape beside it', () => {
    const source = { x: 496, y: 16, width: 480, height: 360 }
    const spot = freeSpotNear(source, [], LAPTOP)
    expect(overlap(spot, source)).toBe(false)
    expect(spot.x).toBeGreaterThan(COMPOSER_RIGHT)
    expect(inside(spot, LAPTOP)).toBe(true)
    expect(spot.width).toBeGreaterThanOrEqual(MIN_WIDTH)
    expect(spot.height).toBeGreaterThanOrEqual(MIN_HEIGHT)
    expect(spot.width / spot.height).toBeCloseTo(480 / 360, 1)
  })

  it('skips the spots other windows hold, for a free one further off', () => {
    const source = { x: 496, y: 16, width: 400, height: 300 }
    const right = { x: 904, y: 16, width: 400, height: 300 }
    const spot = freeSpotNear(source, [right], DESKTOP)
    expect(overlap(spot, source)).toBe(false)
    expect(overlap(spot, right)).toBe(false)
    expect(spot.x).toBeGreaterThan(COMPOSER_RIGHT)
    expect(inside(spot, DESKTOP)).toBe(true)
    // Just below its source: the nearest free spot.
    expect(spot.x).toBe(496)
    expect(spot.y).toBeGreaterThanOrEqual(316)
    expect(spot.y).toBeLessThanOrEqual(324)
  })

  it('with no free spot anywhere, still never on its source or the composer when it can help it', () => {
    const source = { x: 496, y: 16, width: 480, height: 360 }
    const crowd = [
      { x: 984, y: 0, width: 456, height: 800 },
      { x: 496, y: 384, width: 488, height: 416 },
    ]
    const spot = freeSpotNear(source, crowd, DESKTOP)
    expect(overlap(spot, source)).toBe(false)
    expect(spot.x).toBeGreaterThan(COMPOSER_RIGHT)
    expect(inside(spot, DESKTOP)).toBe(true)
  })
})
