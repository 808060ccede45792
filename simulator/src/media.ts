// Serving the sample clips. Range support matters: browsers' <video> seeks (and Safari
// refuses to play at all) without 206 answers.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { send, type Headers, type Reply } from './http.ts'

const CLIPS = [
  'landscape',
  'portrait',
  'square',
  // Every frame's number drawn as a block code (make-clips.sh), in four lengths: `clip=…`.
  'coded4',
  'coded7',
  'coded12',
  'coded10p',
  // 10 s of 1280×720 made alike (they join without re-encoding), numbered on from one another
  // (reel1 0–239, reel2 240–479, reel3 480–719); reel2a and reel3a have AAC tracks, unlike.
  'reel1',
  'reel2',
  'reel3',
  'reel2a',
  'reel3a',
] as const
export type Clip = (typeof CLIPS)[number]
/** The clips a task may be told to show (`clip=`): all but the three picked by aspect. */
export const CLIP_NAMES = CLIPS.filter(
  (c): c is Exclude<Clip, 'landscape' | 'portrait' | 'square'> =>
    c !== 'landscape' && c !== 'portrait' && c !== 'square',
)

export function isClip(name: string): name is Clip {
  return (CLIPS as readonly string[]).includes(name)
}

/**
 * Where the clips live. Next to this file normally; when a bundler (Vite's config loader)
 * moved the code, fall back to the repository layout relative to the working directory.
 */
export function defaultMediaDir(): string {
  const beside = fileURLToPath(new URL('../media/', import.meta.url))
  return existsSync(resolve(beside, 'landscape.mp4'))
    ? beside
    : resolve(process.cwd(), 'simulator/media')
}

const cache = new Map<string, Buffer>()

/** A file of the media folder, read once. */
function cached(file: string): Buffer {
  let bytes = cache.get(file)
  if (!bytes) {
    bytes = readFileSync(file)
    cache.set(file, bytes)
  }
  return bytes
}

export const loadClip = (dir: string, clip: Clip): Buffer => cached(resolve(dir, `${clip}.mp4`))

/** A clip's first frame as a JPEG (`<clip>.jpg`, made by make-clips.sh). */
export const loadPoster = (dir: string, clip: Clip): Buffer => cached(resolve(dir, `${clip}.jpg`))

type Range = { start: number; end: number } | 'unsatisfiable' | null

/** Parses a single `bytes=` range; multi-range and malformed headers fall back to 200. */
function parseRange(header: string | undefined, size: number): Range {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (!m) return null
  const [, a = '', b = ''] = m
  if (a === '' && b === '') return null
  let start: number
  let end: number
  if (a === '') {
    const suffix = Number(b) // last N bytes
    if (suffix === 0) return 'unsatisfiable'
    start = Math.max(0, size - suffix)
    end = size - 1
  } else {
    start = Number(a)
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1)
  }
  if (start >= size || start > end) return 'unsatisfiable'
  return { start, end }
}

/**
 * Sends a clip, or (rate > 0) trickles it at that many bytes per real second, as a slow CDN
 * would: a test can then close the page halfway through a download.
 */
export function sendVideo(r: Reply, bytes: Buffer, cacheControl: string, rate = 0): void {
  const base = {
    'Content-Type': 'video/mp4',
    'Accept-Ranges': 'bytes',
    'Cache-Control': cacheControl,
  }
  const range = parseRange(r.req.headers.range, bytes.length)
  if (range === 'unsatisfiable') {
    send(r, 416, '', { ...base, 'Content-Range': `bytes */${bytes.length}` })
  } else if (range) {
    const part = bytes.subarray(range.start, range.end + 1)
    deliver(
      r,
      206,
      part,
      { ...base, 'Content-Range': `bytes ${range.start}-${range.end}/${bytes.length}` },
      rate,
    )
  } else {
    deliver(r, 200, bytes, base, rate)
  }
}

function deliver(r: Reply, status: number, body: Buffer, headers: Headers, rate: number): void {
  if (rate <= 0 || r.req.method === 'HEAD') return send(r, status, body, headers)
  r.res.writeHead(status, { ...headers, 'Content-Length': body.length })
  const step = Math.max(1024, Math.round(rate / 10))
  let at = 0
  const timer = setInterval(() => {
    if (r.res.destroyed) return clearInterval(timer)
    const chunk = body.subarray(at, at + step)
    at += step
    if (at < body.length) return void r.res.write(chunk)
    clearInterval(timer)
    r.res.end(chunk)
  }, 100)
  r.res.on('close', () => clearInterval(timer))
}
