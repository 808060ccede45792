export interface Size {
  width: number
  height: number
}

/**
 * The box a reference image must fit in for a given output aspect: the video's own frame, since
 * a larger image only costs bytes. Aspects without a fixed frame (1:1, 2:3, unknown) get a square
 * bound with the long side of the frame, so neither orientation is squeezed.
 */
export function frameFor(aspect: string, hd: boolean): Size {
  const long = hd ? 1920 : 1280
  const short = hd ? 1080 : 720
  if (aspect === '16:9') return { width: long, height: short }
  if (aspect === '9:16') return { width: short, height: long }
  return { width: long, height: long }
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
