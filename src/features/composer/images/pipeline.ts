/**
 * One job, from Blob to PreparedImage, written against an ImageCodec so that everything but
 * the pixels (sniffing, limits, plans, the quality ladder, the budget loop, cancelling, the
 * message queue) runs in unit tests with a fake codec. The worker plugs in browserCodec.
 */
import { dataUrlChars, toDataUrl } from './dataUrl.ts'
import type { Size } from './fit.ts'
import {
  JPEG_HEADER_SCAN_BYTES,
  SNIFF_BYTES,
  fileTooLarge,
  isAcceptedType,
  tooManyPixels,
  type AcceptedImageType,
} from './limits.ts'
import {
  FLOOR_QUALITY,
  MAX_BUDGET_STEPS,
  budgetSteps,
  displaySize,
  planEncoding,
  scaledForBudget,
  thumbnailPlan,
  type EncodeType,
  type EncodingPlan,
  type SourceImage,
  type ThumbnailPlan,
} from './plan.ts'
import type {
  CancelJob,
  ImageFailureReason,
  ImageJob,
  PreparedImage,
  WorkerAnswer,
} from './protocol.ts'
import { exifOrientation, hasExif, isAnimated, sniffImage } from './sniff.ts'

/** The pixel work, done by the browser in the worker. S is an image surface. */
export interface ImageCodec<S> {
  /**
   * Decodes with EXIF orientation applied; with `size`, scales while decoding (one step, no
   * full-size copy). Rejects when the bytes are not a decodable image.
   */
  decode(blob: Blob, size?: Size): Promise<S>
  sizeOf(surface: S): Size
  /** A new surface: `surface` drawn at `size`, over white when `flatten`. */
  draw(surface: S, size: Size, flatten: boolean): S
  encode(surface: S, type: EncodeType, quality: number): Promise<Blob>
  /** Frees the surface's pixels; may be called more than once. */
  release(surface: S): void
  supportsWebp(): Promise<boolean>
}

/** Thrown inside a job to end it with an answer; anything else thrown means 'unreadable'. */
class JobEnd extends Error {
  constructor(readonly reason: ImageFailureReason | 'aborted') {
    super(reason)
  }
}

/** Runs one job. Never rejects: every outcome is an answer. */
export async function runJob<S>(
  job: ImageJob,
  codec: ImageCodec<S>,
  isCancelled: () => boolean = () => false,
): Promise<WorkerAnswer> {
  const live = new Set<S>()
  const ctx: JobContext<S> = {
    job,
    codec,
    track(surface) {
      live.add(surface)
      return surface
    },
    free(surface) {
      if (live.delete(surface)) codec.release(surface)
    },
    checkpoint() {
      if (isCancelled()) throw new JobEnd('aborted')
    },
  }
  try {
    return { id: job.id, ok: true, ...(await prepare(ctx)) }
  } catch (e) {
    return { id: job.id, ok: false, reason: e instanceof JobEnd ? e.reason : 'unreadable' }
  } finally {
    for (const surface of live) {
      try {
        codec.release(surface)
      } catch {
        // already gone
      }
    }
  }
}

interface JobContext<S> {
  job: ImageJob
  codec: ImageCodec<S>
  track(surface: S): S
  free(surface: S): void
  checkpoint(): void
}

async function prepare<S>(ctx: JobContext<S>): Promise<PreparedImage> {
  const { job, codec } = ctx
  const { blob } = job
  if (fileTooLarge(blob.size)) throw new JobEnd('too_large')

  let head = await readHead(blob, SNIFF_BYTES)
  let header = sniffImage(head)
  if (!header) throw new JobEnd('unsupported')
  if (header.width === null && header.type === 'image/jpeg' && blob.size > head.length) {
    head = await readHead(blob, JPEG_HEADER_SCAN_BYTES)
    header = sniffImage(head) ?? header
  }
  ctx.checkpoint()

  const type = header.type
  const orientation = exifOrientation(head)
  const animated = isAnimated(head)
  const private_ = hasExif(head) // never send camera or location metadata

  const webp = await codec.supportsWebp()
  const frame = { width: job.maxWidth, height: job.maxHeight }
  const originalChars = dataUrlChars(type, blob.size)
  const plan = (source: SourceImage, reencode = false) =>
    planEncoding(source, frame, originalChars, job.maxDataUrlChars, { webp, reencode })

  let decoded: S | null = null
  let source: SourceImage
  if (header.width !== null && header.height !== null) {
    // Refuse bombs on the header's word, before a single pixel is decoded.
    if (tooManyPixels(header.width, header.height)) throw new JobEnd('too_many_pixels')
    source = {
      type,
      ...displaySize(header.width, header.height, orientation),
      orientation,
      animated,
    }
  } else {
    // No size in the header: decode at full size first, then fit what came out.
    decoded = ctx.track(await decode(codec, blob))
    const size = codec.sizeOf(decoded)
    if (tooManyPixels(size.width, size.height)) throw new JobEnd('too_many_pixels')
    source = { type, ...size, orientation, animated }
  }
  ctx.checkpoint()

  let encoding = plan(source, private_)
  if (encoding.kind === 'original') return original(ctx, encoding, decoded, webp)

  if (!decoded) {
    decoded = ctx.track(await decode(codec, blob, encoding.resize ? encoding : undefined))
    const got = codec.sizeOf(decoded)
    if (got.width !== encoding.width || got.height !== encoding.height) {
      // The decoder disagrees with the header (an orientation we could not read, say).
      // Trust the decoder: look at the whole picture and fit that.
      if (encoding.resize) {
        ctx.free(decoded)
        decoded = ctx.track(await decode(codec, blob))
      }
      const size = codec.sizeOf(decoded)
      if (tooManyPixels(size.width, size.height)) throw new JobEnd('too_many_pixels')
      encoding = plan({ ...source, ...size }, true)
    }
  }
  // (With `reencode` the plan is never 'original'; this only narrows the type.)
  if (encoding.kind === 'original') return original(ctx, encoding, decoded, webp)
  ctx.checkpoint()

  return reencode(ctx, encoding, decoded, webp)
}

/** Sends the original bytes; still decodes (small) to prove they are an image and for the thumbnail. */
async function original<S>(
  ctx: JobContext<S>,
  encoding: Extract<EncodingPlan, { kind: 'original' }>,
  decoded: S | null,
  webp: boolean,
): Promise<PreparedImage> {
  const { blob } = ctx.job
  const thumb = thumbnailPlan(encoding, encoding.type, webp)
  const source = decoded ?? ctx.track(await decode(ctx.codec, blob, thumb))
  ctx.checkpoint()
  const thumbnail = await makeThumbnail(ctx, source, thumb)
  const bytes = new Uint8Array(await blob.arrayBuffer())
  return {
    dataUrl: toDataUrl(encoding.type, bytes),
    type: encoding.type,
    width: encoding.width,
    height: encoding.height,
    bytes: bytes.length,
    thumbnail,
    downscaledForBudget: false,
  }
}

async function reencode<S>(
  ctx: JobContext<S>,
  encoding: Extract<EncodingPlan, { kind: 'reencode' }>,
  decoded: S,
  webp: boolean,
): Promise<PreparedImage> {
  const { codec, job } = ctx
  const fit = { width: encoding.width, height: encoding.height }
  const canvas = ctx.track(codec.draw(decoded, fit, encoding.flatten))
  ctx.free(decoded)

  // Quality ladder at the fit size.
  let result: Encoded | null = null
  for (const quality of encoding.qualities) {
    result = await encode(codec, canvas, encoding.type, quality)
    ctx.checkpoint()
    if (result.chars <= job.maxDataUrlChars) break
  }
  if (!result) throw new JobEnd('unreadable')

  // Still too big at the floor quality: give up pixels, 0.85 per side per step.
  let size: Size = fit
  let steps = 0
  while (result.chars > job.maxDataUrlChars) {
    steps += budgetSteps(result.chars, job.maxDataUrlChars)
    const next = scaledForBudget(fit, steps)
    if (steps > MAX_BUDGET_STEPS || (next.width === size.width && next.height === size.height)) {
      throw new JobEnd('too_large')
    }
    size = next
    const smaller = ctx.track(codec.draw(canvas, size, encoding.flatten))
    result = await encode(codec, smaller, encoding.type, FLOOR_QUALITY)
    ctx.free(smaller)
    ctx.checkpoint()
  }

  const thumbnail = await makeThumbnail(ctx, canvas, thumbnailPlan(size, encoding.type, webp))
  const bytes = new Uint8Array(await result.blob.arrayBuffer())
  return {
    dataUrl: toDataUrl(result.type, bytes),
    type: result.type,
    width: size.width,
    height: size.height,
    bytes: bytes.length,
    thumbnail,
    downscaledForBudget: steps > 0,
  }
}

interface Encoded {
  blob: Blob
  type: AcceptedImageType
  chars: number
}

async function encode<S>(
  codec: ImageCodec<S>,
  surface: S,
  type: EncodeType,
  quality: number,
): Promise<Encoded> {
  const blob = await codec.encode(surface, type, quality)
  // Report what the encoder made, which is not always what was asked for.
  const actual = isAcceptedType(blob.type) ? blob.type : type
  return { blob, type: actual, chars: dataUrlChars(actual, blob.size) }
}

async function makeThumbnail<S>(
  ctx: JobContext<S>,
  source: S,
  plan: ThumbnailPlan,
): Promise<string> {
  const size = { width: plan.width, height: plan.height }
  const surface = ctx.track(ctx.codec.draw(source, size, plan.flatten))
  const { blob, type } = await encode(ctx.codec, surface, plan.type, plan.quality)
  ctx.free(surface)
  return toDataUrl(type, new Uint8Array(await blob.arrayBuffer()))
}

async function decode<S>(codec: ImageCodec<S>, blob: Blob, size?: Size): Promise<S> {
  try {
    return await codec.decode(blob, size ? { width: size.width, height: size.height } : undefined)
  } catch {
    // The magic bytes said image, the decoder says otherwise: fake or corrupt.
    throw new JobEnd('unreadable')
  }
}

async function readHead(blob: Blob, length: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, length).arrayBuffer())
}

// --- the worker's message loop -------------------------------------------------------------

/**
 * Handles the worker's incoming messages: jobs run one at a time (a few large photos decoded
 * at once could exhaust memory), a CancelJob skips or stops its job, and every job is
 * answered exactly once, whatever happens.
 */
export function createJobHandler<S>(
  codec: ImageCodec<S>,
  post: (answer: WorkerAnswer) => void,
): (data: unknown) => void {
  const queued = new Set<string>()
  const cancelled = new Set<string>()
  let chain: Promise<void> = Promise.resolve()

  return (data) => {
    if (isCancel(data)) {
      if (queued.has(data.id)) cancelled.add(data.id)
      return
    }
    if (!isJob(data)) {
      const id = isRecord(data) && typeof data.id === 'string' ? data.id : ''
      safePost(post, { id, ok: false, reason: 'unreadable' })
      return
    }
    const { id } = data
    queued.add(id)
    chain = chain.then(async () => {
      const answer: WorkerAnswer = cancelled.has(id)
        ? { id, ok: false, reason: 'aborted' }
        : await runJob(data, codec, () => cancelled.has(id))
      queued.delete(id)
      cancelled.delete(id)
      safePost(post, answer)
    })
  }
}

function safePost(post: (answer: WorkerAnswer) => void, answer: WorkerAnswer): void {
  try {
    post(answer)
  } catch {
    // Nothing else to tell; the queue must go on.
  }
}

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null
}

function isCancel(data: unknown): data is CancelJob {
  return isRecord(data) && typeof data.id === 'string' && data.cancel === true
}

function isJob(data: unknown): data is ImageJob {
  const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0
  return (
    isRecord(data) &&
    typeof data.id === 'string' &&
    data.blob instanceof Blob &&
    positive(data.maxWidth) &&
    positive(data.maxHeight) &&
    positive(data.maxDataUrlChars)
  )
}
