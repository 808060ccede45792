import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useT } from '../../lib/i18n/i18n.ts'
import { useKeptStore } from '../library/keptStore.ts'
import { useTasksStore } from '../tasks/tasksStore.ts'
import { ExportFilm } from './ExportFilm.tsx'
import { filmShots } from './filmShots.ts'
import type { Storyboard } from './shot.ts'
import { SequencePreview } from './SequencePreview.tsx'

/** The film so far: previewed in order, or exported as one file. */
export function BoardFilm({ board }: { board: Storyboard }) {
  const t = useT()
  const tasks = useTasksStore((s) => s.tasks)
  const entries = useKeptStore(useShallow((s) => s.entries))
  const { ready, missing } = useMemo(
    () => filmShots(board.shots, tasks, entries),
    [board.shots, tasks, entries],
  )
  const [previewing, setPreviewing] = useState(false)
  return (
    <>
      <button
        type="button"
        className="btn-outline"
        disabled={ready.length === 0}
        aria-expanded={previewing}
        onClick={() => setPreviewing(!previewing)}
      >
        {t('board.preview')}
      </button>
      <ExportFilm name={board.name || t('board.untitled')} shots={ready} missing={missing} />
      {missing.length > 0 && (
        <p className="w-full text-xs text-slate-400">
          {ready.length === 0
            ? t('board.nothingReady')
            : t('board.previewMissing', { shots: missing.join(', ') })}
        </p>
      )}
      {previewing && ready.length > 0 && (
        <div className="w-full">
          <SequencePreview shots={ready} onClose={() => setPreviewing(false)} />
        </div>
      )}
    </>
  )
}
