export interface Size {
  width: number
  height: number
}

/**
 * The size of `width × height` scaled to fit `maxWidth × maxHeight`, keeping its own aspect ratio
 * and never upscaling. The exact rounding is a contract: tests compare decoded images against it.
 */
export function fitWithin(
  width: number,
  height: number,
  maxWidth: number,
  maxHeight: number,
): Size {
  const scale = Math.min(1, maxWidth / width, maxHeight / height)
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  }
}
