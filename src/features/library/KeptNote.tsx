import { useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import type { KeptEntry } from './keptIndex.ts'
import { formatBytes } from './storageSpace.ts'
import { unkeep } from './keepVideo.ts'

/** Says plainly whether the browser holds the video: never "kept" for a file that is not. */
export function KeptNote({ entry, saving }: { entry: KeptEntry | undefined; saving: boolean }) {
  const t = useT()
  const [refused, setRefused] = useState(false)
  let text: string | null = null
  if (saving) text = t('library.saving')
  else if (entry?.state === 'kept') text = t('library.kept', { size: formatBytes(entry.size) })
  else if (entry?.state === 'notKept') {
    const why = entry.reason
    text =
      why === 'full' || why === 'tooLarge' || why === 'unsupported' || why === 'otherRelay'
        ? t(`library.notKept.${why}`)
        : t('library.notKept')
  }
  if (!text) return null
  // A way on from a full disk: remove chosen copies (each window offers it), then try again.
  const action =
    saving || !entry
      ? null
      : entry.state === 'kept'
        ? t('library.remove')
        : entry.reason === 'full' || entry.reason === 'unreachable' || entry.reason === 'removed'
          ? t('library.tryAgain')
          : null
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p
        role="status"
        className={`text-xs ${entry?.state === 'notKept' && !saving ? 'text-amber-200' : 'text-slate-400'}`}
      >
        {text}
      </p>
      {action && entry && (
        <button
          type="button"
          className="btn-outline btn-sm"
          onClick={() => {
            setRefused(false)
            unkeep(entry.localId).catch(() => setRefused(true))
          }}
        >
          {action}
        </button>
      )}
      {refused && (
        <p role="alert" className="text-xs text-amber-200">
          {t('library.refused')}
        </p>
      )}
    </div>
  )
}
