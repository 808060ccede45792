import { useEffect, useRef } from 'react'

/**
 * An image held as a Blob: its object URL lives exactly as long as the element shows it (set
 * on the element itself, so no render waits for it), and is revoked when the card goes.
 */
export function BlobImage({ blob, className }: { blob: Blob; className?: string }) {
  const ref = useRef<HTMLImageElement>(null)
  useEffect(() => {
    const img = ref.current
    if (!img) return
    const url = URL.createObjectURL(blob)
    img.src = url
    return () => {
      img.removeAttribute('src')
      URL.revokeObjectURL(url)
    }
  }, [blob])
  // Bytes that pass the signature check may still not decode: then the card shows its text.
  return (
    <img
      ref={ref}
      alt=""
      aria-hidden="true"
      className={className}
      onError={(e) => {
        e.currentTarget.hidden = true
      }}
    />
  )
}
