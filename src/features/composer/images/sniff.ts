import type { AcceptedImageType } from './limits.ts'

/**
 * Recognises an image by its first bytes and reads its pixel size from the header, without
 * decoding. File names and MIME types are never consulted: both are set by whoever made the file
 * (a text file renamed .png says image/png). Sizes are the stored ones; a JPEG's EXIF orientation
 * (see exifOrientation) may swap them on screen.
 */
export interface SniffedImage {
  type: AcceptedImageType
  /** null when the header is truncated or malformed: the decoder will have to tell. */
  width: number | null
  height: number | null
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return withSize('image/jpeg', jpegSize(bytes))
  if (startsWith(bytes, 0, PNG_SIGNATURE)) return withSize('image/png', pngSize(bytes))
  if (isWebp(bytes)) return withSize('image/webp', webpSize(bytes))
  return null
}

/**
 * The EXIF orientation of a JPEG (1–8; 1, "as stored", when absent or unreadable). Values 5–8
 * turn the picture a quarter, so the displayed width is the stored height.
 */
export function exifOrientation(bytes: Uint8Array): number {
  if (!startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 1
  let orientation = 1
  walkJpeg(bytes, (marker, start, end) => {
    if (marker !== 0xe1) return marker === 0xda // stop at the image data
    const found = tiffOrientation(bytes, start + 4, end)
    if (found === null) return false // an XMP APP1, or another Exif block may follow
    orientation = found
    return true
  })
  return orientation
}

/**
 * A JPEG carrying an Exif block (camera, time, often GPS position). Such a file is re-encoded
 * even when it fits, so none of that reaches the relay.
 */
export function hasExif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return false
  let found = false
  walkJpeg(bytes, (marker, start) => {
    if (marker === 0xda) return true
    if (marker === 0xe1 && ascii(bytes, start + 4, 4) === 'Exif') found = true
    return found
  })
  return found
}

/** Animated WebP (VP8X's animation flag) or APNG (an acTL chunk before the first IDAT). */
export function isAnimated(bytes: Uint8Array): boolean {
  if (isWebp(bytes)) {
    const flags = bytes[20]
    return ascii(bytes, 12, 4) === 'VP8X' && flags !== undefined && (flags & 0x02) !== 0
  }
  if (!startsWith(bytes, 0, PNG_SIGNATURE)) return false
  let pos = 8
  while (pos + 8 <= bytes.length) {
    const type = ascii(bytes, pos + 4, 4)
    if (type === 'acTL') return true
    if (type === 'IDAT' || type === 'IEND') return false
    pos += 12 + u32be(bytes, pos)
  }
  return false
}

// --- formats -------------------------------------------------------------------------------

type Dims = { width: number; height: number } | null

function withSize(type: AcceptedImageType, dims: Dims): SniffedImage {
  // A zero dimension is as good as none (JPEG allows height 0 "defined later by DNL").
  if (!dims || dims.width <= 0 || dims.height <= 0) return { type, width: null, height: null }
  return { type, width: dims.width, height: dims.height }
}

/** PNG: the IHDR chunk must come first; width and height are its first two big-endian u32s. */
function pngSize(bytes: Uint8Array): Dims {
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return null
  return { width: u32be(bytes, 16), height: u32be(bytes, 20) }
}

/**
 * JPEG: walk the marker segments to the first SOFn (frame header: precision, height, width).
 * DHT (C4), JPG (C8) and DAC (CC) share the Cx range but are not frame headers.
 */
function jpegSize(bytes: Uint8Array): Dims {
  let dims: Dims = null
  walkJpeg(bytes, (marker, start, end) => {
    if (marker === 0xda) return true // scan data before any frame header: malformed
    if (!isSof(marker)) return false
    if (start + 9 <= end) dims = { height: u16be(bytes, start + 5), width: u16be(bytes, start + 7) }
    return true
  })
  return dims
}

function isSof(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

/**
 * Calls `visit(marker, segmentStart, segmentEnd)` for each length-carrying segment after SOI
 * (segmentStart at the marker's 0xFF, segmentEnd clamped to the bytes we have) until it
 * returns true, the bytes run out or the structure breaks.
 */
function walkJpeg(
  bytes: Uint8Array,
  visit: (marker: number, start: number, end: number) => boolean,
): void {
  let pos = 2
  while (pos + 1 < bytes.length) {
    if (bytes[pos] !== 0xff) return // not a marker where one must be: corrupt
    // Any number of 0xFF fill bytes may precede a marker code.
    while (bytes[pos + 1] === 0xff) pos++
    const marker = bytes[pos + 1]
    if (marker === undefined) return
    pos += 2
    // Standalone markers carry no length: TEM, RSTn, SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) continue
    if (marker === 0xd9) return // EOI
    if (pos + 2 > bytes.length) return // truncated inside the length field
    const length = u16be(bytes, pos)
    if (length < 2) return
    const end = Math.min(bytes.length, pos + length)
    if (visit(marker, pos - 2, end)) return
    pos += length
  }
}

/** EXIF inside an APP1 payload: "Exif\0\0", then a TIFF header and IFD0, searched for 0x0112. */
function tiffOrientation(bytes: Uint8Array, payload: number, end: number): number | null {
  if (ascii(bytes, payload, 4) !== 'Exif' || bytes[payload + 4] !== 0 || bytes[payload + 5] !== 0) {
    return null
  }
  const tiff = payload + 6
  if (tiff + 8 > end) return null
  const order = ascii(bytes, tiff, 2)
  if (order !== 'II' && order !== 'MM') return null
  const le = order === 'II'
  const u16 = (at: number) => (le ? u16le(bytes, at) : u16be(bytes, at))
  const u32 = (at: number) => (le ? u32le(bytes, at) : u32be(bytes, at))
  if (u16(tiff + 2) !== 42) return null
  const ifd = tiff + u32(tiff + 4)
  if (ifd + 2 > end) return null
  const count = u16(ifd)
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > end) return null
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8) // type SHORT, count 1: the value sits in the field itself
      return value >= 1 && value <= 8 ? value : 1
    }
  }
  return 1
}

function isWebp(bytes: Uint8Array): boolean {
  return ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP'
}

/**
 * WebP: the first chunk after "WEBP" tells the flavour.
 *  - 'VP8 ' (lossy): a 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
 *  - 'VP8L' (lossless): signature 0x2F, then width−1 and height−1 as 14-bit fields.
 *  - 'VP8X' (extended): flags, 3 reserved bytes, then canvas width−1 and height−1 as 24-bit.
 */
function webpSize(bytes: Uint8Array): Dims {
  const chunk = ascii(bytes, 12, 4)
  const d = 20 // chunk payload
  if (chunk === 'VP8 ') {
    if (bytes.length < d + 10 || !startsWith(bytes, d + 3, [0x9d, 0x01, 0x2a])) return null
    return { width: u16le(bytes, d + 6) & 0x3fff, height: u16le(bytes, d + 8) & 0x3fff }
  }
  if (chunk === 'VP8L') {
    if (bytes.length < d + 5 || bytes[d] !== 0x2f) return null
    const bits = u32le(bytes, d + 1)
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8X') {
    if (bytes.length < d + 10) return null
    return { width: u24le(bytes, d + 4) + 1, height: u24le(bytes, d + 7) + 1 }
  }
  return null
}

// --- bytes ---------------------------------------------------------------------------------

function startsWith(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  return expected.every((b, i) => bytes[at + i] === b)
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  if (at + length > bytes.length) return ''
  return String.fromCharCode(...bytes.subarray(at, at + length))
}

const byte = (bytes: Uint8Array, at: number) => bytes[at] ?? 0
const u16be = (b: Uint8Array, at: number) => byte(b, at) * 0x100 + byte(b, at + 1)
const u16le = (b: Uint8Array, at: number) => byte(b, at) + byte(b, at + 1) * 0x100
const u24le = (b: Uint8Array, at: number) => u16le(b, at) + byte(b, at + 2) * 0x10000
// Multiplication, not <<, so values ≥ 2^31 stay positive.
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2)
const u32le = (b: Uint8Array, at: number) => u16le(b, at) + u16le(b, at + 2) * 0x10000
