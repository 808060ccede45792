/** What a video file's first bytes say it is; null for anything else (a page, JSON, an image). */
export function videoKind(head: Uint8Array): 'mp4' | 'webm' | null {
  // ISO BMFF (MP4, MOV): a box size, then the box type; a file opens with ftyp (some with a
  // free/skip/wide box first, or with moov when written without one).
  const type = String.fromCharCode(...head.subarray(4, 8))
  if (head.length >= 8 && ['ftyp', 'moov', 'free', 'skip', 'wide', 'mdat'].includes(type))
    return 'mp4'
  // Matroska/WebM: the EBML magic.
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm'
  return null
}

/** Bytes needed to tell. */
export const SIGNATURE_BYTES = 8
