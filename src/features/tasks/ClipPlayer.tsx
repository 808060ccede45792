import { useT } from '../../lib/i18n/i18n.ts'

/**
 * A removed <video> goes on loading its source: stop it before the blob URL it plays is
 * revoked (else the browser reports a failed load), and free its decoder at once. Checked
 * after the commit: StrictMode's rehearsal of an unmount leaves the element in the page.
 */
const releaseOnUnmount = (video: HTMLVideoElement | null) => {
  if (!video) return
  return () =>
    queueMicrotask(() => {
      if (video.isConnected) return
      video.removeAttribute('src')
      video.load()
    })
}

export interface ClipShape {
  width: number
  height: number
  /** null: the player could not tell (a live stream, a broken header). */
  seconds: number | null
}

/** A window's player: plays at once, muted and looping, and tells the clip's shape once known. */
export function ClipPlayer({
  src,
  onShape,
  onError,
}: {
  src: string
  onShape: (shape: ClipShape) => void
  onError?: () => void
}) {
  const t = useT()
  return (
    <video
      key={src}
      ref={releaseOnUnmount}
      src={src}
      aria-label={t('task.video')}
      controls
      autoPlay
      muted
      loop
      playsInline
      onLoadedMetadata={(e) => {
        const v = e.currentTarget
        const seconds = Number.isFinite(v.duration) ? v.duration : null
        onShape({ width: v.videoWidth, height: v.videoHeight, seconds })
      }}
      onError={onError}
      className="min-h-0 w-full flex-1 rounded-md bg-black object-contain"
    />
  )
}
