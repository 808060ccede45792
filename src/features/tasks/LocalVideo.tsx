import { useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { saveAs } from '../../lib/saveAs.ts'
import { useKept, useKeptStore } from '../library/keptStore.ts'
import { formatBytes } from '../library/storageSpace.ts'
import { useKeptSource } from '../library/useKeptSource.ts'
import { ClipPlayer } from './ClipPlayer.tsx'
import { PictureFirst } from './PictureFirst.tsx'
import type { TaskRecord } from './taskRecord.ts'

/**
 * A library item with no relay task (a video file brought in): its kept file is all there
 * is, so there is no link to fall back to, nothing to remix, and no "remove the copy" (that
 * would be deleting it: the library's Delete says so and asks).
 */
export function LocalVideo({ record }: { record: TaskRecord }) {
  const t = useT()
  const entry = useKept(record.localId)
  const known = useKeptStore((s) => s.loaded)
  const { src, missing } = useKeptSource(entry)
  const [seconds, setSeconds] = useState<number | null>(null)
  const name = record.made?.name || record.body.prompt
  if (known && (entry?.state !== 'kept' || missing))
    return (
      <p role="alert" className="text-sm text-amber-100">
        {t('library.local.gone')}
      </p>
    )
  if (!src || entry?.state !== 'kept')
    return (
      <p role="status" className="text-sm text-slate-300">
        {t('task.loadingVideo')}
      </p>
    )
  const ext = entry.type === 'video/webm' ? 'webm' : 'mp4'
  return (
    <PictureFirst player={<ClipPlayer src={src} onShape={(shape) => setSeconds(shape.seconds)} />}>
      <p className="text-xs text-slate-400">
        {t(record.made?.from === 'storyboard' ? 'library.film.details' : 'library.local.details', {
          name,
          duration:
            seconds === null ? '…' : t('composer.seconds', { n: String(Math.round(seconds)) }),
          size: formatBytes(entry.size),
        })}
      </p>
      <div className="flex flex-wrap gap-2 text-xs">
        <button
          type="button"
          className="btn-outline py-1"
          onClick={() => saveAs(src, /\.(mp4|webm)$/i.test(name) ? name : `${name}.${ext}`)}
        >
          {t('player.download')}
        </button>
      </div>
    </PictureFirst>
  )
}
