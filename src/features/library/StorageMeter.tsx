import { useEffect, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { formatBytes, spaceEstimate } from './storageSpace.ts'

/**
 * The browser's estimate of the space this site uses and has left, read again whenever
 * `version` changes (the library bumps it after a delete or an import), so freed space shows.
 * Shown in the settings and in the library.
 */
export function StorageMeter({ version = 0 }: { version?: number }) {
  const t = useT()
  const [space, setSpace] = useState<{ used: number; free: number } | null>(null)
  useEffect(() => {
    let live = true
    void spaceEstimate().then((s) => live && setSpace(s))
    return () => {
      live = false
    }
  }, [version])
  if (!space) return null
  return (
    <p className="text-xs text-slate-400">
      {t('library.space', { used: formatBytes(space.used), free: formatBytes(space.free) })}
    </p>
  )
}
