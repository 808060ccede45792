/**
 * Limits for reference images. The relay receives images as `data:` URLs inside a JSON body,
 * and proxies in front of it cap request bodies at 1 MB, so every number here exists to keep
 * one request under that cap without refusing ordinary phone photos.
 */

/** What we accept, recognised by magic bytes (see sniff.ts), never by file name or MIME. */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number]

/** For `<input type="file" accept>`: a hint to the picker only; the sniffer has the last word. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_IMAGE_TYPES.join(',')

/** Larger inputs are refused before they are read at all: no photo needs 40 MB. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024

/**
 * A header claiming more pixels than this is refused before decoding: a small file can claim
 * 50 000 × 50 000 (a decompression bomb) and exhaust memory. 100 MP covers real cameras.
 */
export const MAX_PIXELS = 100_000_000

/**
 * Characters of all data URLs in one request together: 1 MB minus room for the prompt and the
 * other JSON fields.
 */
export const REQUEST_IMAGE_BUDGET = 900_000

/** The header lives at the start of the file; 64 KB also covers EXIF (an APP1 segment ≤ 64 KB). */
export const SNIFF_BYTES = 64 * 1024

/**
 * A JPEG may carry more than 64 KB of APPn segments (ICC profiles, MPF previews) before its SOF:
 * when the first look finds no size, look once more this far.
 */
export const JPEG_HEADER_SCAN_BYTES = 1024 * 1024

/** Thumbnails for the composer's chips: fit within this square. */
export const THUMBNAIL_MAX = 160

export function isAcceptedType(type: string): type is AcceptedImageType {
  return (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(type)
}

export function fileTooLarge(byteLength: number): boolean {
  return byteLength > MAX_FILE_BYTES
}

export function tooManyPixels(width: number, height: number): boolean {
  return width * height > MAX_PIXELS
}

/** Each image's share of the request budget when up to `maxImages` are sent together. */
export function budgetPerImage(maxImages: number): number {
  return Math.floor(REQUEST_IMAGE_BUDGET / Math.max(1, maxImages))
}
