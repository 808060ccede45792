import { ageOf } from '../../lib/format.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { useKeptSource } from '../library/useKeptSource.ts'
import { useKept } from '../library/keptStore.ts'
import { formatBytes } from '../library/storageSpace.ts'
import { tasksActions, useTask } from '../tasks/tasksStore.ts'
import { statusOf } from './query.ts'

interface Props {
  id: string
  now: number
  onOpen: (localId: string) => void
  onReuse: (localId: string) => void
  onCopy: (localId: string) => void
  onDelete: (localId: string) => void
}

/** The first frame of a kept video (its own file, no network), playing while pointed at. */
function Poster({ id }: { id: string }) {
  const entry = useKept(id)
  const { src } = useKeptSource(entry)
  if (!src) return null
  return (
    <video
      src={src}
      muted
      playsInline
      preload="metadata"
      aria-hidden="true"
      className="h-full w-full object-cover"
      onPointerEnter={(e) => void e.currentTarget.play().catch(() => {})}
      onPointerLeave={(e) => {
        e.currentTarget.pause()
        e.currentTarget.currentTime = 0
      }}
    />
  )
}

/** One task in the library: what it is, where it stands, what can be done with it. */
export function LibraryCard({ id, now, onOpen, onReuse, onCopy, onDelete }: Props) {
  const t = useT()
  const record = useTask(id)
  const entry = useKept(id)
  if (!record) return null
  const { prompt, model } = record.body
  const status = statusOf(record)
  const seconds = record.frame.seconds
  return (
    <article
      aria-label={prompt}
      className="flex h-full flex-col overflow-hidden rounded-lg border border-slate-700 bg-slate-900"
    >
      <div className="relative aspect-video shrink-0 bg-slate-800">
        {entry?.state === 'kept' ? (
          <Poster id={id} />
        ) : (
          <p className="absolute inset-0 grid place-items-center text-xs text-slate-400">
            {t(`gallery.status.${status}`)}
          </p>
        )}
      </div>
      <div className="flex min-h-0 flex-1 flex-col gap-1 p-2 text-xs">
        <p className="line-clamp-2 text-sm text-slate-100" title={prompt}>
          {prompt}
        </p>
        <p className="truncate text-slate-400">
          {[
            model,
            seconds === null ? null : t('gallery.item.seconds', { n: seconds }),
            t(...ageOf(now - record.createdAt)),
            t(`gallery.status.${status}`),
            entry?.state === 'kept'
              ? t('gallery.item.kept', { size: formatBytes(entry.size) })
              : t('gallery.item.notKept'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <div
          role="group"
          aria-label={t('gallery.itemActions', { prompt: prompt.slice(0, 80) })}
          className="mt-auto flex flex-wrap gap-1"
        >
          <button type="button" className="btn-outline btn-sm" onClick={() => onOpen(id)}>
            {t('gallery.open')}
          </button>
          <button type="button" className="btn-outline btn-sm" onClick={() => onReuse(id)}>
            {t('gallery.reuse')}
          </button>
          <button type="button" className="btn-ghost btn-sm" onClick={() => onCopy(id)}>
            {t('gallery.copy')}
          </button>
          <button
            type="button"
            className="btn-ghost btn-sm"
            aria-pressed={record.favourite === true}
            onClick={() => tasksActions().favouriteSet(id, !record.favourite)}
          >
            {record.favourite ? '★' : '☆'} {t('gallery.favourite')}
          </button>
          <button type="button" className="btn-ghost btn-sm" onClick={() => onDelete(id)}>
            {t('gallery.delete')}
          </button>
        </div>
      </div>
    </article>
  )
}
