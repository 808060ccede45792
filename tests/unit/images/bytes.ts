/**
 * Image bytes for the tests: real files made once with ffmpeg (fixtures/, a few hundred bytes
 * each, so the suite needs no ffmpeg) and headers built by hand for the cases no encoder makes
 * on request (huge dimensions, EXIF, progressive JPEG, truncation, malformed structure).
 *
 * fixtures/ was made with (S = "testsrc2=size=64x48,scale=37:23"):
 *   ffmpeg -f lavfi -i $S -frames:v 1 photo.jpg          (JFIF, COM, DQT, DHT, SOF0: 37×23)
 *   ffmpeg -f lavfi -i $S -frames:v 1 photo.png
 *   ffmpeg -f lavfi -i $S -frames:v 1 -c:v libwebp lossy.webp               ('VP8 ')
 *   ffmpeg -f lavfi -i $S -frames:v 1 -c:v libwebp -lossless 1 lossless.webp ('VP8L')
 *   ffmpeg -f lavfi -i color=c=red@0.5:s=37x23,format=rgba -frames:v 1 -c:v libwebp alpha.webp
 *                                                                           ('VP8X' + ALPH)
 *   ffmpeg -f lavfi -i testsrc2=size=64x48:rate=5,scale=37:23 -frames:v 3 -c:v libwebp_anim
 *          -loop 0 anim.webp                                                ('VP8X' + ANIM)
 *   ffmpeg -f lavfi -i $S -frames:v 3 -f apng -plays 0 anim.png
 *   ffmpeg -f lavfi -i $S -frames:v 1 -f gif image.gif
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// A path, not `new URL('./fixtures/…', import.meta.url)`: Vite rewrites that form into an asset URL.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)))
}

export const concat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0))
const u16be = (n: number) => [(n >> 8) & 0xff, n & 0xff]
const u16le = (n: number) => [n & 0xff, (n >> 8) & 0xff]
const u24le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff]
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]
const u32le = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]

// --- PNG ---

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function pngChunk(type: string, data: number[]): number[] {
  return [...u32be(data.length), ...ascii(type), ...data, 0, 0, 0, 0] // CRC not checked
}

/** Signature and IHDR (8-bit RGB), then optional further chunks. */
export function pngHeader(width: number, height: number, ...chunks: number[][]): Uint8Array {
  const ihdr = pngChunk('IHDR', [...u32be(width), ...u32be(height), 8, 2, 0, 0, 0])
  return concat(PNG_SIGNATURE, ihdr, ...chunks)
}
export const pngIdat = pngChunk('IDAT', [1, 2, 3])
export const pngActl = pngChunk('acTL', [0, 0, 0, 3, 0, 0, 0, 0])

// --- JPEG ---

export const SOI = [0xff, 0xd8]

export function segment(marker: number, payload: number[]): number[] {
  return [0xff, marker, ...u16be(payload.length + 2), ...payload]
}

/** SOFn: precision 8, height, width, one component. */
export const sof = (marker: number, width: number, height: number) =>
  segment(marker, [8, ...u16be(height), ...u16be(width), 1, 1, 0x11, 0])

export const app0 = segment(0xe0, [...ascii('JFIF'), 0, 1, 2, 0, 0, 1, 0, 1, 0, 0])
export const sos = segment(0xda, [1, 1, 0, 0, 0x3f, 0])

/**
 * An APP1 Exif block whose IFD0 holds `tags` (tag, SHORT value), little-endian ('II') or
 * big-endian ('MM'). Orientation is tag 0x0112.
 */
export function exifApp1(tags: [number, number][], order: 'II' | 'MM' = 'II'): number[] {
  const w16 = order === 'II' ? u16le : u16be
  const w32 = order === 'II' ? u32le : u32be
  const tiff = [
    ...ascii(order),
    ...w16(42),
    ...w32(8), // IFD0 right after this header
    ...w16(tags.length),
    ...tags.flatMap(([tag, value]) => [...w16(tag), ...w16(3), ...w32(1), ...w16(value), 0, 0]),
    ...w32(0), // no next IFD
  ]
  return segment(0xe1, [...ascii('Exif'), 0, 0, ...tiff])
}

/** Puts `segments` right after SOI of a real JPEG (before its SOF). */
export function withSegments(jpeg: Uint8Array, ...segments: number[][]): Uint8Array {
  return concat(jpeg.subarray(0, 2), ...segments, jpeg.subarray(2))
}

// --- WebP ---

function riff(fourcc: string, payload: number[]): Uint8Array {
  const chunk = [...ascii(fourcc), ...u32le(payload.length), ...payload]
  return concat(ascii('RIFF'), u32le(4 + chunk.length), ascii('WEBP'), chunk)
}

/** Lossy: frame tag (key frame), start code, 14-bit width and height. */
export const vp8Header = (width: number, height: number) =>
  riff('VP8 ', [0x50, 0x02, 0x00, 0x9d, 0x01, 0x2a, ...u16le(width), ...u16le(height), 0, 0])

/** Lossless: 0x2F, then width−1 and height−1 in 14 bits each, alpha hint, version 0. */
export const vp8lHeader = (width: number, height: number) =>
  riff('VP8L', [0x2f, ...u32le((width - 1) | ((height - 1) << 14)), 0, 0])

/** Extended: flags (0x10 alpha, 0x02 animation), reserved, canvas width−1 and height−1. */
export const vp8xHeader = (width: number, height: number, flags = 0x10) =>
  riff('VP8X', [flags, 0, 0, 0, ...u24le(width - 1), ...u24le(height - 1)])
