import type { PointerEventHandler } from 'react'
import { useKept } from './keptStore.ts'
import { useKeptSource } from './useKeptSource.ts'

/**
 * A kept video's first frame as a picture (its own file, no network): a library card's poster,
 * a dock chip's. Nothing while it opens, or when nothing is kept.
 */
export function KeptFirstFrame({
  localId,
  className,
  onPointerMove,
  onPointerLeave,
}: {
  localId: string
  className: string
  onPointerMove?: PointerEventHandler<HTMLVideoElement>
  onPointerLeave?: PointerEventHandler<HTMLVideoElement>
}) {
  const { src } = useKeptSource(useKept(localId))
  if (!src) return null
  return (
    <video
      src={src}
      muted
      playsInline
      preload="metadata"
      aria-hidden="true"
      className={className}
      onPointerMove={onPointerMove}
      onPointerLeave={onPointerLeave}
    />
  )
}
