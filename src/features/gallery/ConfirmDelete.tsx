import { useEffect, useRef } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { formatBytes } from '../library/storageSpace.ts'

interface Props {
  /** The prompts of the tasks to delete. */
  prompts: readonly string[]
  /** Bytes their kept videos hold (0: nothing kept). */
  size: number
  onConfirm: () => void
  onCancel: () => void
}

/** Deleting asks first, and says what it frees and what it leaves alone (the relay's copy). */
export function ConfirmDelete({ prompts, size, onConfirm, onCancel }: Props) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  // No close() on cleanup: its 'close' event would read as Cancel (StrictMode runs effects
  // twice); leaving the page ends the modal anyway. showModal on an open dialog throws.
  useEffect(() => {
    if (dialog.current?.open === false) dialog.current.showModal()
  }, [])
  const one = prompts.length === 1
  const title = one ? t('gallery.deleteTitle') : t('gallery.deleteManyTitle', { n: prompts.length })
  const freed = { size: formatBytes(size) }
  return (
    <dialog
      ref={dialog}
      aria-label={title}
      onClose={onCancel}
      className="m-auto max-w-sm rounded-lg border border-slate-600 bg-slate-900 p-4 text-slate-100 backdrop:bg-black/60"
    >
      <h2 className="mb-2 font-semibold">{title}</h2>
      {one && <p className="mb-2 line-clamp-3 text-sm text-slate-300">{prompts[0]}</p>}
      {/* Two sentences, two paragraphs: joined with a space they read wrong in Chinese. */}
      <p className="text-sm">
        {size === 0
          ? t(one ? 'gallery.deleteBodyNothingKept' : 'gallery.deleteManyNothingKept')
          : one
            ? t('gallery.deleteBody', freed)
            : t('gallery.deleteManyBody', freed)}
      </p>
      <p className="mb-4 text-sm text-slate-300">{t('gallery.relayUntouched')}</p>
      <div className="flex justify-end gap-2">
        <button type="button" className="btn-ghost" onClick={onCancel}>
          {t('gallery.cancel')}
        </button>
        <button
          type="button"
          className="btn border-red-600 bg-red-700 text-white"
          onClick={onConfirm}
        >
          {t('gallery.deleteConfirm')}
        </button>
      </div>
    </dialog>
  )
}
