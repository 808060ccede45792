import { useEffect, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { preloadImagePipeline } from './imageIntake.ts'

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files')

/**
 * Images can be dropped anywhere on the page, or pasted: a visible overlay while dragging.
 * `onFiles` receives them; the composer decides what fits.
 */
export function ImageDropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const t = useT()
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    let depth = 0
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return
      if (depth === 0) preloadImagePipeline() // ready by the time the file lands
      depth++
      setDragging(true)
    }
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault() // without this the browser opens the file instead
    }
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      depth = 0
      setDragging(false)
      onFiles(Array.from(e.dataTransfer?.files ?? []))
    }
    const paste = (e: ClipboardEvent) => {
      const files = Array.from(e.clipboardData?.files ?? [])
      if (files.length === 0) return // text pastes go where they were meant to
      e.preventDefault()
      onFiles(files)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    document.addEventListener('paste', paste)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
      document.removeEventListener('paste', paste)
    }
  }, [onFiles])

  if (!dragging) return null
  return (
    <div className="pointer-events-none fixed inset-0 z-[100] flex items-center justify-center bg-sky-950/70 backdrop-blur-sm">
      <p
        role="status"
        className="rounded-xl border-2 border-dashed border-sky-300 px-10 py-8 text-xl font-semibold text-sky-100"
      >
        {t('composer.dropHere')}
      </p>
    </div>
  )
}
