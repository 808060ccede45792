import { describe, expect, it } from 'vitest'
import {
  COMPACT_BELOW_PX,
  MIN_HEIGHT,
  MIN_WIDTH,
  tileRects,
  type WindowRect,
} from '../../../src/features/windows/layout.ts'
import { COMPOSER_RIGHT, DESKTOP, LAPTOP, overlap } from './screens.ts'

const TITLE_PX = 35

/** The picture a compact tile shows: all of its body, fitted to the clip's shape. */
const shortSide = (r: WindowRect, aspect: number) => {
  const body = { width: r.width - 2, height: r.height - TITLE_PX }
  const w = Math.min(body.width, body.height * aspect)
  return Math.min(w, w / aspect)
}

function expectSane(rects: (WindowRect | null)[], area: { width: number; height: number }) {
  const placed = rects.filter((r): r is WindowRect => r !== null)
  for (const r of placed) {
    expect(r.width).toBeGreaterThanOrEqual(MIN_WIDTH)
    expect(r.height).toBeGreaterThanOrEqual(MIN_HEIGHT)
    expect(r.x).toBeGreaterThanOrEqual(COMPOSER_RIGHT) // never over the composer
    expect(r.x + r.width).toBeLessThanOrEqual(area.width) // never off screen
    expect(r.y + r.height).toBeLessThanOrEqual(area.height)
  }
  placed.forEach((a, i) => placed.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)))
}

describe('Tile all', () => {
  it('at 1280×720, six 16:9 clips tile beside the composer, 2 columns × 3 rows, each picture ≥ 160 px on its short side', () => {
    const rects = tileRects(Array(6).fill(16 / 9), LAPTOP)
    expectSane(rects, LAPTOP)
    const placed = rects as WindowRect[]
    expect(new Set(placed.map((r) => r.x)).size).toBe(2)
    expect(new Set(placed.map((r) => r.y)).size).toBe(3)
    for (const r of placed) {
      expect(r.height - TITLE_PX).toBeLessThan(COMPACT_BELOW_PX) // all picture, details in a menu
      expect(shortSide(r, 16 / 9)).toBeGreaterThanOrEqual(160)
    }
  })

  it('a 9:16 clip gets a portrait tile; its neighbours keep theirs', () => {
    const rects = tileRects([16 / 9, 9 / 16, 16 / 9, 9 / 16], DESKTOP) as WindowRect[]
    expectSane(rects, DESKTOP)
    expect(rects[1]!.height).toBeGreaterThan(rects[1]!.width)
    expect(rects[0]!.width).toBeGreaterThan(rects[0]!.height)
  })

  it('uses fewer columns when space is short, and docks what cannot fit at the minimum size', () => {
    // Beside the composer on a 1024 px screen there is room for one column only.
    const small = { width: 1024, height: 600 }
    const two = tileRects(Array(2).fill(16 / 9), small) as WindowRect[]
    expectSane(two, small)
    expect(two.map((r) => r.x)).toEqual([two[0]!.x, two[0]!.x])
    const three = tileRects(Array(3).fill(16 / 9), small)
    expectSane(three, small)
    expect(three.filter((r) => r === null)).toHaveLength(1)
    const many = tileRects(Array(20).fill(16 / 9), LAPTOP)
    expectSane(many, LAPTOP)
    expect(many.filter((r) => r === null).length).toBeGreaterThan(0)
    expect(many.filter((r) => r !== null).length).toBeGreaterThanOrEqual(4)
  })
})
