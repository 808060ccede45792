import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SNIFF_BYTES } from '../../../src/features/composer/images/limits.ts'
import {
  exifOrientation,
  hasExif,
  isAnimated,
  sniffImage,
} from '../../../src/features/composer/images/sniff.ts'
import {
  PNG_SIGNATURE,
  SOI,
  app0,
  ascii,
  concat,
  exifApp1,
  fixture,
  pngActl,
  pngHeader,
  pngIdat,
  segment,
  sof,
  sos,
  vp8Header,
  vp8lHeader,
  vp8xHeader,
  withSegments,
} from './bytes.ts'

const dims = (type: string, width: number | null, height: number | null) => ({
  type,
  width,
  height,
})

describe('sniffImage: real files', () => {
  it.each([
    ['photo.jpg', 'image/jpeg'],
    ['photo.png', 'image/png'],
    ['lossy.webp', 'image/webp'], // 'VP8 '
    ['lossless.webp', 'image/webp'], // 'VP8L'
    ['alpha.webp', 'image/webp'], // 'VP8X'
    ['anim.webp', 'image/webp'], // 'VP8X', animated
    ['anim.png', 'image/png'], // APNG
  ])('%s → %s 37×23', (name, type) => {
    expect(sniffImage(fixture(name))).toEqual(dims(type, 37, 23))
  })

  it('reads a JPEG whose SOF comes after an EXIF APP1 (and JFIF, COM, DQT, DHT)', () => {
    const jpeg = withSegments(fixture('photo.jpg'), exifApp1([[0x0112, 6]]))
    expect(sniffImage(jpeg)).toEqual(dims('image/jpeg', 37, 23))
  })

  it.each(['image.gif', 'nothing.pdf', 'notes.png', 'empty'])('%s → null', (name) => {
    const bytes = {
      'image.gif': fixture('image.gif'),
      'nothing.pdf': new Uint8Array(ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n')),
      // A text file renamed .png: the name is never looked at.
      'notes.png': new TextEncoder().encode('just some notes, not a picture\n'),
      empty: new Uint8Array(0),
    }[name]
    expect(sniffImage(bytes ?? new Uint8Array(1))).toBeNull()
  })

  it('a RIFF that is not WebP (WAVE) → null', () => {
    const wave = concat(ascii('RIFF'), [36, 0, 0, 0], ascii('WAVEfmt '), new Uint8Array(24))
    expect(sniffImage(wave)).toBeNull()
  })
})

describe('sniffImage: PNG', () => {
  it.each([
    [1, 1],
    [300, 256], // needs the high byte
    [65_535, 2],
    [70_000, 3], // past 16 bits
    [0x7fff_ffff, 1], // PNG's largest: must stay positive
  ])('IHDR %i×%i', (w, h) => {
    expect(sniffImage(pngHeader(w, h))).toEqual(dims('image/png', w, h))
  })

  it('truncated inside IHDR: a PNG of unknown size', () => {
    expect(sniffImage(pngHeader(640, 480).subarray(0, 23))).toEqual(dims('image/png', null, null))
    expect(sniffImage(new Uint8Array(PNG_SIGNATURE))).toEqual(dims('image/png', null, null))
  })

  it('truncated inside the signature → null', () => {
    expect(sniffImage(new Uint8Array(PNG_SIGNATURE.slice(0, 7)))).toBeNull()
  })

  it('first chunk not IHDR (malformed) or zero width: size unknown', () => {
    const noIhdr = concat(PNG_SIGNATURE, [0, 0, 0, 13], ascii('CgBI'), new Uint8Array(17))
    expect(sniffImage(noIhdr)).toEqual(dims('image/png', null, null))
    expect(sniffImage(pngHeader(0, 10))).toEqual(dims('image/png', null, null))
  })
})

describe('sniffImage: JPEG', () => {
  it.each([
    ['baseline SOF0', 0xc0],
    ['extended SOF1', 0xc1],
    ['progressive SOF2', 0xc2],
    ['lossless SOF3', 0xc3],
    ['arithmetic progressive SOF10', 0xca],
  ])('%s', (_name, marker) => {
    const jpeg = concat(SOI, app0, sof(marker, 4032, 3024), sos)
    expect(sniffImage(jpeg)).toEqual(dims('image/jpeg', 4032, 3024))
  })

  it('skips DHT (C4), JPG (C8) and DAC (CC), which sit among the SOF codes', () => {
    // Each would read as 2560×4096 if taken for a frame header.
    const decoy = [8, 0x10, 0x00, 0x0a, 0x00, 1, 1, 0x11, 0]
    const jpeg = concat(
      SOI,
      segment(0xc4, decoy),
      segment(0xc8, decoy),
      segment(0xcc, decoy),
      sof(0xc2, 800, 600),
      sos,
    )
    expect(sniffImage(jpeg)).toEqual(dims('image/jpeg', 800, 600))
  })

  it('tolerates fill bytes before a marker and standalone markers', () => {
    const jpeg = concat(SOI, [0xff, 0xff, 0xff], app0, [0xff, 0x01], sof(0xc0, 17, 9), sos)
    expect(sniffImage(jpeg)).toEqual(dims('image/jpeg', 17, 9))
  })

  it('a large EXIF APP1 (thumbnail inside) before SOF', () => {
    const big = segment(0xe1, [...ascii('Exif'), 0, 0, ...new Array<number>(60_000).fill(0)])
    expect(sniffImage(concat(SOI, big, sof(0xc0, 1600, 1200), sos))).toEqual(
      dims('image/jpeg', 1600, 1200),
    )
  })

  it.each([
    ['magic only', concat(SOI, [0xff])],
    ['cut inside APP0', concat(SOI, app0).subarray(0, 10)],
    ['cut inside the length of SOF', concat(SOI, app0, sof(0xc0, 9, 9)).subarray(0, 23)],
    ['cut inside SOF before the width', concat(SOI, app0, sof(0xc0, 9, 9)).subarray(0, 27)],
    ['SOF beyond the bytes read', fixture('photo.jpg').subarray(0, 100)],
    ['scan before any frame header', concat(SOI, app0, sos, sof(0xc0, 9, 9))],
    ['EOI before any frame header', concat(SOI, app0, [0xff, 0xd9], sof(0xc0, 9, 9))],
    ['garbage where a marker must be', concat(SOI, app0, [0x12, 0x34], sof(0xc0, 9, 9))],
    ['a segment length below 2', concat(SOI, [0xff, 0xe0, 0, 1], sof(0xc0, 9, 9))],
    ['height 0 (defined later by DNL)', concat(SOI, sof(0xc0, 640, 0), sos)],
  ])('%s: a JPEG of unknown size', (_name, bytes) => {
    expect(sniffImage(bytes)).toEqual(dims('image/jpeg', null, null))
  })

  it('two bytes of SOI are not enough to call it a JPEG', () => {
    expect(sniffImage(new Uint8Array(SOI))).toBeNull()
  })
})

describe('sniffImage: WebP', () => {
  it.each([
    ['VP8 (lossy)', vp8Header(1920, 1080), 1920, 1080],
    ['VP8 at its 14-bit maximum', vp8Header(16_383, 16_383), 16_383, 16_383],
    ['VP8 ignores the scale bits', vp8Header(0xc000 | 640, 0x4000 | 480), 640, 480],
    ['VP8L (lossless)', vp8lHeader(4000, 3000), 4000, 3000],
    ['VP8L smallest', vp8lHeader(1, 1), 1, 1],
    ['VP8L largest', vp8lHeader(16_384, 16_384), 16_384, 16_384],
    ['VP8X (extended)', vp8xHeader(1280, 720), 1280, 720],
    ['VP8X beyond 14 bits', vp8xHeader(20_000, 70_000), 20_000, 70_000],
  ])('%s', (_name, bytes, w, h) => {
    expect(sniffImage(bytes)).toEqual(dims('image/webp', w, h))
  })

  it.each([
    ['VP8 cut before the height', vp8Header(64, 64).subarray(0, 28)],
    [
      'VP8 with a wrong start code',
      concat(vp8Header(64, 64).subarray(0, 23), [0, 0, 0, 64, 0, 64, 0]),
    ],
    ['VP8L cut inside its size bits', vp8lHeader(64, 64).subarray(0, 23)],
    ['VP8L without its signature', concat(vp8lHeader(64, 64).subarray(0, 20), [0x00, 0, 0, 0, 0])],
    ['VP8X cut before the height', vp8xHeader(64, 64).subarray(0, 28)],
    ['chunk header only', vp8xHeader(64, 64).subarray(0, 16)],
    [
      'an unknown first chunk',
      concat(ascii('RIFF'), [0, 0, 0, 0], ascii('WEBPABCD'), [0, 0, 0, 0]),
    ],
  ])('%s: a WebP of unknown size', (_name, bytes) => {
    expect(sniffImage(bytes)).toEqual(dims('image/webp', null, null))
  })

  it('"RIFF" and "WEBP" both needed', () => {
    expect(sniffImage(vp8Header(64, 64).subarray(0, 11))).toBeNull()
  })
})

describe('exifOrientation', () => {
  const photo = fixture('photo.jpg')

  it.each([
    ['no EXIF', photo, 1],
    ['orientation 6, little-endian', withSegments(photo, exifApp1([[0x0112, 6]])), 6],
    ['orientation 8, big-endian', withSegments(photo, exifApp1([[0x0112, 8]], 'MM')), 8],
    [
      'after other IFD0 tags',
      withSegments(
        photo,
        exifApp1([
          [0x010f, 1],
          [0x0110, 2],
          [0x0112, 3],
        ]),
      ),
      3,
    ],
    ['EXIF without orientation', withSegments(photo, exifApp1([[0x010f, 1]])), 1],
    ['out of range', withSegments(photo, exifApp1([[0x0112, 9]])), 1],
    [
      'XMP APP1 first, then EXIF',
      withSegments(
        photo,
        segment(0xe1, ascii('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>')),
        exifApp1([[0x0112, 5]]),
      ),
      5,
    ],
    ['truncated EXIF', withSegments(photo, exifApp1([[0x0112, 6]])).subarray(0, 20), 1],
    ['not a JPEG', fixture('photo.png'), 1],
  ])('%s → %i', (_name, bytes, expected) => {
    expect(exifOrientation(bytes)).toBe(expected)
  })
})

describe('isAnimated', () => {
  it.each([
    ['anim.webp', true],
    ['anim.png', true],
    ['alpha.webp', false],
    ['lossy.webp', false],
    ['lossless.webp', false],
    ['photo.png', false],
    ['photo.jpg', false],
  ])('%s → %s', (name, expected) => {
    expect(isAnimated(fixture(name))).toBe(expected)
  })

  it('APNG: acTL counts only before the first IDAT', () => {
    expect(isAnimated(pngHeader(8, 8, pngActl, pngIdat))).toBe(true)
    expect(isAnimated(pngHeader(8, 8, pngIdat, pngActl))).toBe(false)
    expect(isAnimated(vp8xHeader(8, 8, 0x02))).toBe(true)
  })
})

// Larger real files, made here with ffmpeg when it is installed (Debian's ffmpeg); the
// fixtures above already cover each format without it.
const FFMPEG = '/usr/bin/ffmpeg'

describe.runIf(existsSync(FFMPEG))('sniffImage: files made by ffmpeg now', () => {
  let dir = ''
  const make = (name: string, size: string, ...args: string[]) => {
    const out = join(dir, name)
    execFileSync(FFMPEG, [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
      ...['-i', `testsrc2=size=${size}`, '-frames:v', '1', ...args, out],
    ])
    // Only the first 64 KB, as the worker reads them.
    return new Uint8Array(readFileSync(out)).subarray(0, SNIFF_BYTES)
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sniff-'))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it.each([
    ['a.jpg', '1920x1080', [], 'image/jpeg', 1920, 1080],
    ['b.jpg', '2000x3000', ['-q:v', '2'], 'image/jpeg', 2000, 3000],
    ['c.png', '1280x720', [], 'image/png', 1280, 720],
    ['d.png', '70000x2', [], 'image/png', 70_000, 2],
    ['e.webp', '4000x6', ['-c:v', 'libwebp'], 'image/webp', 4000, 6],
    ['f.webp', '16382x4', ['-c:v', 'libwebp', '-lossless', '1'], 'image/webp', 16_382, 4],
  ])('%s (%s)', (name, size, args, type, w, h) => {
    expect(sniffImage(make(name, size, ...args))).toEqual(dims(type, w, h))
  })
})

describe('hasExif', () => {
  it('finds an Exif block, so the photo is re-encoded without its metadata', () => {
    const plain = fixture('photo.jpg')
    expect(hasExif(plain)).toBe(false)
    expect(hasExif(withSegments(plain, exifApp1([[0x0112, 1]])))).toBe(true)
    expect(
      hasExif(withSegments(plain, segment(0xe1, [...ascii('http://ns.adobe.com/xap/1.0/'), 0]))),
    ).toBe(false)
    expect(hasExif(fixture('photo.png'))).toBe(false)
    expect(hasExif(new Uint8Array())).toBe(false)
  })
})
