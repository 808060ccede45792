export interface WindowRect {
  x: number
  y: number
  width: number
  height: number
}

export interface Area {
  width: number
  height: number
}

const DEFAULT_SIZE = { width: 480, height: 360 }
const CASCADE = 32
const COMPOSER_EDGE = 496
const GAP = 8

/**
 * A window shaped for what it shows, by its width ÷ height: taller for portrait (9:16, 2:3),
 * squarer for square, the default for landscape or unknown (null).
 */
export function sizeFor(aspect: number | null | undefined): { width: number; height: number } {
  if (!aspect) return DEFAULT_SIZE
  if (aspect < 0.9) return { width: 340, height: 560 }
  if (aspect <= 1.1) return { width: 420, height: 480 }
  return DEFAULT_SIZE
}

/** New windows step down and right so none hides another completely. */
export function cascadeRect(count: number, area: Area, size = DEFAULT_SIZE): WindowRect {
  // Beside the composer (28rem wide) when there is room, so it stays in view.
  const besideComposer = area.width >= COMPOSER_EDGE + size.width + 16
  const originX = besideComposer ? COMPOSER_EDGE : 16
  const fitted = { width: size.width, height: Math.min(size.height, area.height - 32) }
  const steps = Math.max(1, Math.floor((area.height - fitted.height - 80) / CASCADE))
  const n = count % steps
  return {
    x: Math.max(0, Math.min(originX + n * CASCADE, area.width - fitted.width)),
    y: 16 + n * CASCADE,
    ...fitted,
  }
}

/** To the right of `rect` if that fits, else a little below it. */
export function besideRect(rect: WindowRect, area: Area): WindowRect {
  const right = { ...rect, x: rect.x + rect.width + 16 }
  if (right.x + right.width <= area.width) return right
  return { ...rect, y: rect.y + 48, x: Math.max(0, rect.x - 48) }
}

/** Every window in a grid (beside the composer on a wide screen), as square as the count allows. */
export function tileRects(count: number, whole: Area): WindowRect[] {
  if (count === 0) return []
  // Beside the composer when there is room for a useful grid, so it stays in reach.
  const left = whole.width >= COMPOSER_EDGE + DEFAULT_SIZE.width ? COMPOSER_EDGE - GAP : 0
  const area = { width: whole.width - left, height: whole.height }
  const cols = Math.ceil(Math.sqrt((count * area.width) / Math.max(1, area.height) / (16 / 9)))
  const columns = Math.min(count, Math.max(1, cols))
  const rows = Math.ceil(count / columns)
  const width = Math.floor((area.width - GAP * (columns + 1)) / columns)
  const height = Math.floor((area.height - GAP * (rows + 1)) / rows)
  return Array.from({ length: count }, (_, i) => ({
    x: left + GAP + (i % columns) * (width + GAP),
    y: GAP + Math.floor(i / columns) * (height + GAP),
    width,
    height,
  }))
}

export const maximizedRect = (area: Area): WindowRect => ({
  x: 0,
  y: 0,
  width: area.width,
  height: area.height,
})

/** A rect saved on a larger screen still opens where it can be reached. */
export function onScreen(rect: WindowRect, area: Area): WindowRect {
  const width = Math.min(rect.width, area.width)
  const height = Math.min(rect.height, area.height)
  return {
    width,
    height,
    x: Math.max(0, Math.min(rect.x, area.width - width)),
    y: Math.max(0, Math.min(rect.y, area.height - 48)),
  }
}
