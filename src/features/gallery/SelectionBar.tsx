import { useT } from '../../lib/i18n/i18n.ts'

interface Props {
  count: number
  shown: number
  onAll: () => void
  onNone: () => void
  onDelete: () => void
  /** Offered for 2–8 finished takes picked. */
  onCompare?: () => void
}

/** What can be done with the tasks picked: always in the same place, named for a reader. */
export function SelectionBar({ count, shown, onAll, onNone, onDelete, onCompare }: Props) {
  const t = useT()
  return (
    <div
      role="toolbar"
      aria-label={t('gallery.selection')}
      className="flex flex-wrap items-center gap-2 text-sm"
    >
      <button type="button" className="btn-ghost btn-sm" onClick={onAll} disabled={shown === 0}>
        {t('gallery.selectAll')}
      </button>
      {count > 0 && (
        <>
          <span>{t('gallery.selected', { n: count })}</span>
          {onCompare && (
            <button type="button" className="btn btn-sm" onClick={onCompare}>
              {t('gallery.compare')}
            </button>
          )}
          <button type="button" className="btn-outline btn-sm" onClick={onDelete}>
            {t('gallery.deleteSelected')}
          </button>
          <button type="button" className="btn-ghost btn-sm" onClick={onNone}>
            {t('gallery.selectNone')}
          </button>
        </>
      )}
    </div>
  )
}
