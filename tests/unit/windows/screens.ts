import type { WindowRect } from '../../../src/features/windows/layout.ts'

/** The window area at 1280×720 and 1440×900: below the header (56 px), above the dock (44 px). */
export const LAPTOP = { width: 1280, height: 720 - 56 - 44 }
export const DESKTOP = { width: 1440, height: 900 - 56 - 44 }
/** main's padding + the composer's max width. */
export const COMPOSER_RIGHT = 16 + 448

export const overlap = (a: WindowRect, b: WindowRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
