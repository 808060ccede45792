import { describe, expect, it } from 'vitest'
import { fitWithin } from '../../../src/features/composer/images/fit.ts'

describe('fitWithin', () => {
  it.each<[string, [number, number], [number, number], [number, number]]>([
    ['4:3 photo into 16:9: height binds', [4000, 3000], [1280, 720], [960, 720]],
    ['3:4 photo into 9:16: width binds', [3000, 4000], [720, 1280], [720, 960]],
    ['4:3 photo into HD 16:9', [4000, 3000], [1920, 1080], [1440, 1080]],
    ['3:4 photo into HD 9:16', [3000, 4000], [1080, 1920], [1080, 1440]],
    ['exactly the frame', [1920, 1080], [1280, 720], [1280, 720]],
    ['HD frame into HD frame: untouched', [1920, 1080], [1920, 1080], [1920, 1080]],
    ['small: never upscaled', [640, 360], [1280, 720], [640, 360]],
    ['smaller than the frame one way only', [1000, 2000], [1280, 720], [360, 720]],
    ['a sliver: width rounds to 0, floored at 1', [1, 10_000], [720, 1280], [1, 1280]],
    ['a sliver lying down', [10_000, 1], [1280, 720], [1280, 1]],
    ['tiny', [1, 1], [1280, 720], [1, 1]],
    ['square into the square bound', [5000, 5000], [1280, 1280], [1280, 1280]],
    ['panorama into the square bound', [12_000, 3000], [1920, 1920], [1920, 480]],
    // Rounding: Math.round of width·scale, halves going up.
    ['2560×1441: 0.4997 × 2560 = 1279.1 → 1279', [2560, 1441], [1280, 720], [1279, 720]],
    ['3001×2000: 0.36 × 3001 = 1080.36 → 1080', [3001, 2000], [1280, 720], [1080, 720]],
    ['2001×1000 into 1000²: 499.75 → 500', [2001, 1000], [1000, 1000], [1000, 500]],
    ['5×4 into 100×2: 2.5 → 3', [5, 4], [100, 2], [3, 2]],
    ['4032×3024 into HD 9:16: 810 exactly', [4032, 3024], [1080, 1920], [1080, 810]],
    ['1366×768 into 16:9: width binds, height 719.65 → 720', [1366, 768], [1280, 720], [1280, 720]],
  ])('%s', (_name, [w, h], [maxW, maxH], [ew, eh]) => {
    expect(fitWithin(w, h, maxW, maxH)).toEqual({ width: ew, height: eh })
  })

  it('is the contract formula, never above the box and never above the source', () => {
    const sizes = [1, 2, 3, 7, 99, 719, 720, 721, 1079, 1081, 1919, 1921, 3333, 4032, 9999]
    for (const w of sizes) {
      for (const h of sizes) {
        for (const [maxW, maxH] of [
          [1280, 720],
          [720, 1280],
          [1920, 1920],
        ] as const) {
          const scale = Math.min(1, maxW / w, maxH / h)
          const fit = fitWithin(w, h, maxW, maxH)
          expect(fit).toEqual({
            width: Math.max(1, Math.round(w * scale)),
            height: Math.max(1, Math.round(h * scale)),
          })
          expect(fit.width).toBeLessThanOrEqual(Math.max(maxW, 1))
          expect(fit.height).toBeLessThanOrEqual(Math.max(maxH, 1))
          expect(fit.width).toBeLessThanOrEqual(w)
          expect(fit.height).toBeLessThanOrEqual(h)
        }
      }
    }
  })
})
