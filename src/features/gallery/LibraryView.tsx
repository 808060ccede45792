import { useMemo, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { useVirtualRows } from '../../lib/useVirtualRows.ts'
import { reuseRequest } from '../composer/reuse.ts'
import { discardKept } from '../library/keepVideo.ts'
import { useKeptStore } from '../library/keptStore.ts'
import { forgetTasks, useTasksStore } from '../tasks/tasksStore.ts'
import { useNow } from '../tasks/useNow.ts'
import { ConfirmDelete } from './ConfirmDelete.tsx'
import { LibraryCard } from './LibraryCard.tsx'
import { LibraryToolbar } from './LibraryToolbar.tsx'
import { ANY_QUERY, modelsOf, pickItems, type LibraryQuery } from './query.ts'

interface Props {
  /** Shows the task in its window (the app switches to the workspace). */
  onOpen: (localId: string) => void
  /** The composer holds a task's request again: the app shows the workspace. */
  onReused: () => void
}

/** A card's size: fixed, so only the rows of cards in view are rendered. */
const CARD_MIN_PX = 240
const ROW_PX = 300

/**
 * Every task made, newest first, as a grid of cards: found by prompt (any run of characters,
 * so Chinese works), filtered, sorted; thousands cost what a screenful does.
 */
export default function LibraryView({ onOpen, onReused }: Props) {
  const t = useT()
  const tasks = useTasksStore((s) => s.tasks)
  const entries = useKeptStore((s) => s.entries)
  const [query, setQuery] = useState<LibraryQuery>(ANY_QUERY)
  const [said, setSaid] = useState('')
  const [deleting, setDeleting] = useState<string | null>(null)
  // One clock for every card's age (and the date filter), not one timer per card.
  const now = useNow(true, 60_000)
  const ids = useMemo(() => pickItems(tasks, entries, query, now), [tasks, entries, query, now])
  const models = useMemo(() => modelsOf(tasks), [tasks])
  const all = Object.keys(tasks).length

  const [columns, setColumns] = useState(1)
  const rows = Math.ceil(ids.length / columns)
  const { scroller, first, last, totalPx, width } = useVirtualRows(rows, ROW_PX, 900, 1)
  const fit = Math.max(1, Math.floor(width / CARD_MIN_PX))
  if (width > 0 && fit !== columns) setColumns(fit)

  const copy = (id: string) => {
    const prompt = tasks[id]?.body.prompt ?? ''
    navigator.clipboard.writeText(prompt).then(
      () => setSaid(t('gallery.copied')),
      () => setSaid(t('gallery.copyFailed')),
    )
  }
  const reuse = (id: string) => {
    const record = tasks[id]
    if (!record) return
    reuseRequest(record.body, record.imageCount)
    onReused()
  }
  const remove = async (id: string) => {
    setDeleting(null)
    await forgetTasks([id])
    await discardKept(id).catch(() => {})
    setSaid(t('gallery.deleted'))
  }
  const doomed = deleting ? tasks[deleting] : undefined
  const doomedEntry = deleting ? entries[deleting] : undefined

  return (
    <section aria-labelledby="library-title" className="flex h-[calc(100vh-7rem)] flex-col gap-3">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="library-title" className="text-lg font-semibold">
          {t('gallery.title')}
        </h2>
        <p className="text-sm text-slate-400">{t('gallery.count', { shown: ids.length, all })}</p>
      </div>
      <LibraryToolbar
        query={query}
        models={models}
        onChange={(change) => setQuery((q) => ({ ...q, ...change }))}
      />
      <p role="status" className="min-h-5 text-sm text-emerald-300">
        {said}
      </p>
      {ids.length === 0 ? (
        <div className="text-sm text-slate-400">
          <p>{all === 0 ? t('gallery.empty') : t('gallery.noMatch')}</p>
          {all > 0 && (
            <button
              type="button"
              className="btn-outline btn-sm mt-2"
              onClick={() => setQuery(ANY_QUERY)}
            >
              {t('gallery.clear')}
            </button>
          )}
        </div>
      ) : (
        <div ref={scroller} className="min-h-0 flex-1 overflow-auto">
          <ul className="relative" style={{ height: totalPx }} aria-label={t('gallery.title')}>
            {ids.slice(first * columns, last * columns).map((id, i) => {
              const index = first * columns + i
              return (
                <li
                  key={id}
                  aria-setsize={ids.length}
                  aria-posinset={index + 1}
                  className="absolute p-1"
                  style={{
                    top: Math.floor(index / columns) * ROW_PX,
                    left: `${((index % columns) * 100) / columns}%`,
                    width: `${100 / columns}%`,
                    height: ROW_PX,
                  }}
                >
                  <LibraryCard
                    id={id}
                    now={now}
                    onOpen={onOpen}
                    onReuse={reuse}
                    onCopy={copy}
                    onDelete={setDeleting}
                  />
                </li>
              )
            })}
          </ul>
        </div>
      )}
      {doomed && (
        <ConfirmDelete
          prompt={doomed.body.prompt}
          size={doomedEntry?.state === 'kept' ? doomedEntry.size : 0}
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(doomed.localId)}
        />
      )}
    </section>
  )
}
