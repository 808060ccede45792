import { useRef, useState } from 'react'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { ImportRefused } from './archive/archive.ts'
import { chooseSaveTarget, exportTasks, importArchive } from './archive/exportImport.ts'
import { importVideoFile, sniffVideo, type VideoImport } from './importVideos.ts'

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

  /** One archive: all of it or nothing. */
  const importOne = async (file: File) => {
    try {
      return t('gallery.imported', await importArchive(file, onProgress))
    } catch (e) {
      const problem = e instanceof ImportRefused ? e.problem : 'damaged'
      return t(`gallery.import.${problem}` as MessageKey, { name: file.name })
    }
  }

  /** Archives and video files, in the order picked; each says what became of it. */
  const importNow = async (files: readonly File[]) => {
    setBusy('importing')
    setProgress(0)
    const said: string[] = []
    const videos: Record<VideoImport, string[]> = { added: [], notVideo: [], full: [], failed: [] }
    try {
      for (const [i, file] of files.entries()) {
        if (await sniffVideo(file).catch(() => null)) {
          const result = await importVideoFile(file)
          videos[result].push(file.name)
          onProgress(i + 1, files.length)
        } else said.push(await importOne(file))
      }
      if (videos.added.length > 0) said.push(t('gallery.addedVideos', { n: videos.added.length }))
      for (const why of ['full', 'failed'] as const)
        if (videos[why].length > 0)
          said.push(t(`gallery.videoNotAdded.${why}`, { names: videos[why].join(', ') }))
      onSaid(said.join(' '))
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
        accept=".zip,application/zip,.mp4,video/mp4,.webm,video/webm"
        multiple
        hidden
        aria-label={t('gallery.import')}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])]
          if (files.length > 0) void importNow(files)
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
