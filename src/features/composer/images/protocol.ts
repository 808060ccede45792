/** Messages between prepareImage (main thread) and imageWorker. Types only. */
import type { AcceptedImageType } from './limits.ts'

/** A job: fit `blob` within maxWidth × maxHeight as a data URL of at most maxDataUrlChars. */
export interface ImageJob {
  id: string
  blob: Blob
  maxWidth: number
  maxHeight: number
  maxDataUrlChars: number
}

/** The main thread no longer wants job `id` (its AbortSignal fired): skip or stop it. */
export interface CancelJob {
  id: string
  cancel: true
}

/**
 * - unsupported: not a JPEG, PNG or WebP by its magic bytes.
 * - too_large: over MAX_FILE_BYTES, or cannot be brought under the data-URL budget at all.
 * - too_many_pixels: the header claims more than MAX_PIXELS (a decompression bomb).
 * - unreadable: the magic bytes pass but the browser cannot decode it (fake or corrupt).
 */
export type ImageFailureReason = 'unsupported' | 'too_large' | 'too_many_pixels' | 'unreadable'

export interface PreparedImage {
  /** `data:<type>;base64,…`, at most the job's maxDataUrlChars characters. */
  dataUrl: string
  type: AcceptedImageType
  /** Pixel size of the encoded image, as displayed (EXIF orientation applied). */
  width: number
  height: number
  /** Size of the encoded image in bytes (not of the data URL). */
  bytes: number
  /** A small data URL (within 160 × 160) for previews. */
  thumbnail: string
  /**
   * True when even the lowest quality did not fit the budget and the image was made smaller
   * than fitWithin(…) says: width and height are then below the fit rule's.
   */
  downscaledForBudget: boolean
}

export type WorkerAnswer =
  | ({ id: string; ok: true } & PreparedImage)
  // 'aborted' only answers a CancelJob, which the main thread has already settled.
  | { id: string; ok: false; reason: ImageFailureReason | 'aborted' }
