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

/** How many square pixels two rects share. */
const shared = (a: WindowRect, b: WindowRect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))

/** The step the search for a free spot moves by: fine enough to find a gap, cheap enough. */
const SPOT_STEP = 16

/**
 * A spot for a window like `source`, near it (a remix beside its source): never on the
 * source, off the composer on a wide screen, over as little of the other windows as can be,
 * and of those spots the nearest. Where no spot of the source's size is free, a smaller
 * window of the same shape (down to the minimum size) is tried before settling for overlap.
 */
export function freeSpotNear(
  source: WindowRect,
  others: readonly WindowRect[],
  area: Area,
): WindowRect {
  const full = spotFor(source, 1, others, area)
  if (full.cost === 0) return full.rect
  // The sizes that just fit the room on each side of the source, and a few steps down.
  const room = [
    area.width - (source.x + source.width + GAP),
    source.x - GAP - (area.width >= COMPOSER_EDGE + MIN_WIDTH ? COMPOSER_EDGE : 0),
  ].map((w) => w / source.width)
  const headroom = [area.height - (source.y + source.height + GAP), source.y - GAP].map(
    (h) => h / source.height,
  )
  const scales = [...room, ...headroom, 0.85, 0.7, 0.55]
    .filter((k) => k < 1 && source.width * k >= MIN_WIDTH && source.height * k >= MIN_HEIGHT)
    .sort((a, b) => b - a)
  for (const scale of scales) {
    const smaller = spotFor(source, scale, others, area)
    if (smaller.cost === 0) return smaller.rect
  }
  return full.rect
}

/**
 * The best spot for a window `scale` times the size of `source`. Every spot in the area is
 * weighed (a coarse grid: a few thousand at most), so a free gap anywhere is found before
 * an overlap nearby.
 */
function spotFor(source: WindowRect, scale: number, others: readonly WindowRect[], area: Area) {
  const size = {
    width: Math.floor(Math.min(source.width * scale, area.width)),
    height: Math.floor(Math.min(source.height * scale, area.height)),
  }
  const composer: WindowRect | null =
    area.width >= COMPOSER_EDGE + size.width
      ? { x: 0, y: 0, width: COMPOSER_EDGE - GAP, height: area.height }
      : null
  const maxX = Math.max(0, area.width - size.width)
  const maxY = Math.max(0, area.height - size.height)
  const xs = new Set([source.x + source.width + GAP, source.x - size.width - GAP, source.x])
  const ys = new Set([source.y + source.height + GAP, source.y - size.height - GAP, source.y])
  for (let x = 0; x <= maxX; x += SPOT_STEP) xs.add(x)
  for (let y = 0; y <= maxY; y += SPOT_STEP) ys.add(y)
  let best = { rect: { x: 0, y: 0, ...size }, cost: Infinity, distance: Infinity }
  for (const rawX of xs)
    for (const rawY of ys) {
      const rect = {
        x: Math.min(Math.max(0, rawX), maxX),
        y: Math.min(Math.max(0, rawY), maxY),
        ...size,
      }
      // On the source or the composer weighs far more than on another window.
      const cost =
        shared(rect, source) * 100 +
        (composer ? shared(rect, composer) * 100 : 0) +
        others.reduce((sum, o) => sum + shared(rect, o), 0)
      const distance = Math.hypot(rect.x - source.x, rect.y - source.y)
      if (cost < best.cost || (cost === best.cost && distance < best.distance))
        best = { rect, cost, distance }
    }
  return best
}

/** The smallest window: a title bar over a 16:9 picture about 160 px tall, 280 px wide. */
export const MIN_WIDTH = 280
export const MIN_HEIGHT = 190
/** A window's title bar and frame, over its body. */
const TITLE_PX = 35
/** Under this, a window's body is all picture (details in a menu: see CompactContext). */
export const COMPACT_BELOW_PX = 300
/** What a roomy window shows under its picture: details, the kept note, the actions. */
const BELOW_PICTURE_PX = 130

/** The picture a window of this size shows of a clip of this shape (width ÷ height). */
function picture(aspect: number, width: number, height: number) {
  const body = height - TITLE_PX
  const room = {
    width: width - 2,
    height: body < COMPACT_BELOW_PX ? body : body - BELOW_PICTURE_PX,
  }
  const w = Math.max(0, Math.min(room.width, room.height * aspect))
  return { width: w, height: w / aspect }
}

/**
 * Every window in a grid beside the composer (on a wide screen), laid out so that the
 * smallest picture is as large as it can be: each clip's own shape counts (a 9:16 clip in a
 * landscape cell is small), no cell is under the minimum size (fewer columns when space is
 * short), and each window is then fitted around its picture in its cell (a portrait clip
 * gets a portrait tile). Windows beyond what fits at the minimum size get no tile (null):
 * the caller puts them in the dock, never off screen.
 */
export function tileRects(aspects: readonly (number | null)[], whole: Area): (WindowRect | null)[] {
  const count = aspects.length
  if (count === 0) return []
  const left = whole.width >= COMPOSER_EDGE + MIN_WIDTH + GAP ? COMPOSER_EDGE - GAP : 0
  const area = { width: whole.width - left, height: whole.height }
  const shapes = aspects.map((a) => (a && Number.isFinite(a) && a > 0 ? a : 16 / 9))
  const grid = (columns: number, rows: number) => ({
    columns,
    width: Math.floor((area.width - GAP * (columns + 1)) / columns),
    height: Math.floor((area.height - GAP * (rows + 1)) / rows),
  })
  let best: { columns: number; width: number; height: number; smallest: number } | null = null
  for (let columns = 1; columns <= count; columns++) {
    const cell = grid(columns, Math.ceil(count / columns))
    if (cell.width < MIN_WIDTH || cell.height < MIN_HEIGHT) continue
    const smallest = Math.min(
      ...shapes.map((a) => {
        const p = picture(a, cell.width, cell.height)
        return Math.min(p.width, p.height)
      }),
    )
    if (!best || smallest > best.smallest) best = { ...cell, smallest }
  }
  // Too many for the screen: as many minimum cells as fit; the rest wait in the dock.
  const cell =
    best ??
    (() => {
      const columns = Math.max(1, Math.floor((area.width - GAP) / (MIN_WIDTH + GAP)))
      const rows = Math.max(1, Math.floor((area.height - GAP) / (MIN_HEIGHT + GAP)))
      return { ...grid(columns, rows), rows }
    })()
  const capacity = best
    ? count
    : cell.columns * Math.max(1, Math.floor((area.height - GAP) / (cell.height + GAP)))
  return shapes.map((aspect, i) => {
    if (i >= capacity) return null
    const p = picture(aspect, cell.width, cell.height)
    const compact = cell.height - TITLE_PX < COMPACT_BELOW_PX
    // Fitted around its picture, never under the minimum, never over its cell.
    const width = Math.min(cell.width, Math.max(MIN_WIDTH, Math.ceil(p.width) + 2))
    const height = Math.min(
      cell.height,
      Math.max(MIN_HEIGHT, Math.ceil(p.height) + TITLE_PX + (compact ? 0 : BELOW_PICTURE_PX)),
    )
    return {
      x: left + GAP + (i % cell.columns) * (cell.width + GAP),
      y: GAP + Math.floor(i / cell.columns) * (cell.height + GAP),
      width,
      height,
    }
  })
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
