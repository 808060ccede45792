import { useEffect, useRef } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { formatBytes } from '../library/storageSpace.ts'

interface Props {
  prompt: string
  /** Bytes its kept video holds (0: nothing kept). */
  size: number
  onConfirm: () => void
  onCancel: () => void
}

/** Deleting asks first, and says what it frees and what it leaves alone (the relay's copy). */
export function ConfirmDelete({ prompt, size, onConfirm, onCancel }: Props) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    d?.showModal()
    return () => d?.close()
  }, [])
  return (
    <dialog
      ref={dialog}
      aria-label={t('gallery.deleteTitle')}
      onClose={onCancel}
      className="m-auto max-w-sm rounded-lg border border-slate-600 bg-slate-900 p-4 text-slate-100 backdrop:bg-black/60"
    >
      <h2 className="mb-2 font-semibold">{t('gallery.deleteTitle')}</h2>
      <p className="mb-2 line-clamp-3 text-sm text-slate-300">{prompt}</p>
      <p className="mb-4 text-sm">
        {size > 0
          ? t('gallery.deleteBody', { size: formatBytes(size) })
          : t('gallery.deleteBodyNothingKept')}
      </p>
      <div className="flex justify-end gap-2">
        <button type="button" className="btn-ghost" onClick={onCancel}>
          {t('gallery.cancel')}
        </button>
        <button type="button" className="btn border-red-700 bg-red-800" onClick={onConfirm}>
          {t('gallery.deleteConfirm')}
        </button>
      </div>
    </dialog>
  )
}
