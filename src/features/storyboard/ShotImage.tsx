import { useEffect, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { sniffImage } from '../composer/images/sniff.ts'
import { boardsActions } from './boardsStore.ts'
import type { Shot } from './shot.ts'
import { readShotImage, removeShotImage, saveShotImage } from './shotImages.ts'

/** The object URL of a shot's stored image, while shown. */
function useShotImage(shot: Shot): string | null {
  const [url, setUrl] = useState<string | null>(null)
  const name = shot.image?.name
  useEffect(() => {
    if (!name) return
    let made: string | null = null
    let live = true
    void readShotImage(shot.id).then((blob) => {
      if (!live || !blob) return
      made = URL.createObjectURL(blob)
      setUrl(made)
    })
    return () => {
      live = false
      if (made) URL.revokeObjectURL(made)
      setUrl(null)
    }
  }, [shot.id, name])
  return url
}

/**
 * A shot's own image (first frame or reference): picked from the disk, checked by its bytes
 * (never its name), kept in this browser with the storyboard, fitted when the take is sent.
 */
export function ShotImage({ board, shot, n }: { board: string; shot: Shot; n: number }) {
  const t = useT()
  const url = useShotImage(shot)
  const [problem, setProblem] = useState(false)

  async function pick(file: File | undefined) {
    if (!file) return
    const head = new Uint8Array(await file.slice(0, 64).arrayBuffer())
    if (!sniffImage(head)) return setProblem(true)
    setProblem(false)
    await saveShotImage(shot.id, file)
    boardsActions.shotChanged(board, shot.id, { image: { name: file.name.slice(0, 120) } })
  }

  return (
    <div className="space-y-1 text-sm">
      {shot.image ? (
        <div className="flex items-center gap-2">
          {url && (
            <img
              src={url}
              alt={t('board.imageOf', { n, name: shot.image.name })}
              className="h-12 w-20 rounded object-cover"
            />
          )}
          <span className="min-w-0 truncate text-xs text-slate-300">{shot.image.name}</span>
          <button
            type="button"
            className="btn-ghost btn-sm"
            onClick={() => {
              void removeShotImage(shot.id)
              boardsActions.shotChanged(board, shot.id, { image: undefined })
            }}
          >
            {t('board.removeImage')}
          </button>
        </div>
      ) : (
        <label className="btn-outline btn-sm inline-block cursor-pointer focus-within:ring-2 focus-within:ring-sky-400">
          {t('board.addImage')}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            className="sr-only"
            onChange={(e) => {
              void pick(e.target.files?.[0])
              e.target.value = ''
            }}
          />
        </label>
      )}
      {problem && (
        <p role="alert" className="text-xs text-amber-300">
          {t('composer.imageError.unsupported')}
        </p>
      )}
    </div>
  )
}
