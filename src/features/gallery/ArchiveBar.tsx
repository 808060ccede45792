import { useRef, useState } from 'react'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { ImportRefused } from './archive/archive.ts'
import { chooseSaveTarget, exportTasks, importArchive } from './archive/exportImport.ts'

interface Props {
  /** Every task shown, and those picked (exported instead, when there are some). */
  all: readonly string[]
  selected: readonly string[]
  /** What happened, said in the library's status line. */
  onSaid: (text: string) => void
}

const fileName = () => `sora-studio-${new Date().toISOString().slice(0, 10)}.zip`

/** Export (all shown, or the picked ones) and import, with a progress bar while they run. */
export function ArchiveBar({ all, selected, onSaid }: Props) {
  const t = useT()
  const [busy, setBusy] = useState<'exporting' | 'importing' | null>(null)
  const [progress, setProgress] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const onProgress = (done: number, total: number) =>
    setProgress(total > 0 ? Math.floor((done / total) * 100) : 100)

  const exportNow = async (ids: readonly string[]) => {
    // First, in the click: the save dialog needs the user's gesture.
    const target = await chooseSaveTarget(fileName()).catch(() => undefined)
    if (target === null) return
    setBusy('exporting')
    setProgress(0)
    try {
      if (!target) throw new Error('no place to save')
      const done = await exportTasks(ids, target, onProgress)
      onSaid(t('gallery.exported', done))
    } catch {
      onSaid(t('gallery.exportFailed'))
    } finally {
      setBusy(null)
    }
  }

  const importNow = async (file: File) => {
    setBusy('importing')
    setProgress(0)
    try {
      onSaid(t('gallery.imported', await importArchive(file, onProgress)))
    } catch (e) {
      const problem = e instanceof ImportRefused ? e.problem : 'damaged'
      onSaid(t(`gallery.import.${problem}` as MessageKey))
    } finally {
      setBusy(null)
      if (input.current) input.current.value = ''
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        className="btn-ghost btn-sm"
        disabled={busy !== null || all.length === 0}
        onClick={() => void exportNow(selected.length > 0 ? selected : all)}
      >
        {selected.length > 0 ? t('gallery.exportSelected') : t('gallery.exportAll')}
      </button>
      <button
        type="button"
        className="btn-ghost btn-sm"
        disabled={busy !== null}
        onClick={() => input.current?.click()}
      >
        {t('gallery.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        hidden
        aria-label={t('gallery.import')}
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (file) void importNow(file)
        }}
      />
      {busy && (
        <label className="flex items-center gap-2">
          {t(`gallery.${busy}`)}
          <progress max={100} value={progress} className="w-32" />
          <span aria-hidden="true">{progress} %</span>
        </label>
      )}
    </div>
  )
}
