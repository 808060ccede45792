/**
 * The pixel work, for a worker: createImageBitmap decodes (and scales while decoding, so a
 * 48 MP photo never exists at full size when only 1280 px are wanted), OffscreenCanvas draws
 * and encodes. Neither exists in jsdom: this file is exercised in a real browser only.
 */
import type { Size } from './fit.ts'
import type { ImageCodec } from './pipeline.ts'
import type { EncodeType } from './plan.ts'

export type Surface = ImageBitmap | OffscreenCanvas

function draw(surface: Surface, size: Size, flatten: boolean): OffscreenCanvas {
  const canvas = new OffscreenCanvas(size.width, size.height)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2d context')
  ctx.imageSmoothingEnabled = true
  ctx.imageSmoothingQuality = 'high'
  if (flatten) {
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, size.width, size.height)
  }
  ctx.drawImage(surface, 0, 0, size.width, size.height)
  return canvas
}

let webpProbe: Promise<boolean> | null = null

export const browserCodec: ImageCodec<Surface> = {
  decode(blob: Blob, size?: Size): Promise<Surface> {
    return createImageBitmap(blob, {
      // Turn the pixels as EXIF says: sizes are planned for the picture as displayed.
      imageOrientation: 'from-image',
      ...(size && { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' }),
    })
  },

  sizeOf(surface: Surface): Size {
    return { width: surface.width, height: surface.height }
  },

  draw,

  encode(surface: Surface, type: EncodeType, quality: number): Promise<Blob> {
    const canvas = surface instanceof OffscreenCanvas ? surface : draw(surface, surface, false)
    return canvas.convertToBlob({ type, quality })
  },

  release(surface: Surface): void {
    if (surface instanceof OffscreenCanvas) {
      // A zero-sized canvas lets its backing store go now rather than at garbage collection.
      surface.width = 0
      surface.height = 0
    } else {
      surface.close()
    }
  },

  /** Safari's convertToBlob answers a WebP request with PNG: ask once, with one pixel. */
  supportsWebp(): Promise<boolean> {
    webpProbe ??= (async () => {
      try {
        const canvas = new OffscreenCanvas(1, 1)
        // convertToBlob throws on a canvas that has no context yet.
        canvas.getContext('2d')?.fillRect(0, 0, 1, 1)
        const blob = await canvas.convertToBlob({ type: 'image/webp' })
        return blob.type === 'image/webp'
      } catch {
        return false
      }
    })()
    return webpProbe
  },
}
