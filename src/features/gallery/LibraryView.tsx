import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { reuseRequest } from '../composer/reuse.ts'
import { deleteTasks } from './deleteTasks.ts'
import { useKeptStore } from '../library/keptStore.ts'
import { StorageMeter } from '../library/StorageMeter.tsx'
import { askRemix } from '../tasks/remixIntent.ts'
import { useTasksStore } from '../tasks/tasksStore.ts'
import { downloadTask } from './downloadTask.ts'
import { useNow } from '../tasks/useNow.ts'
import { ArchiveBar } from './ArchiveBar.tsx'
import { ConfirmDelete } from './ConfirmDelete.tsx'
import type { CardActions } from './LibraryCard.tsx'
import { LibraryGrid } from './LibraryGrid.tsx'
import { LibraryToolbar } from './LibraryToolbar.tsx'
import { setLibraryQuery, useLibraryQuery } from './libraryQuery.ts'
import { ANY_QUERY, modelsOf, pickItems, remixCounts, continuationCounts } from './query.ts'
import { SelectionBar } from './SelectionBar.tsx'
import { useSelection } from './useSelection.ts'
import { StoryboardLinks } from './StoryboardLinks.tsx'
import { boardFromChain, chainOf } from '../storyboard/fromChain.ts'
import { useBoardsStore } from '../storyboard/boardsStore.ts'

interface Props {
  /** Shows the task in its window (the app switches to the workspace). */
  onOpen: (localId: string) => void
  /** The composer holds a task's request again: the app shows the workspace. */
  onReused: () => void
  /** Shows 2–8 finished takes side by side (the app's compare view). */
  onCompare?: (localIds: string[]) => void
  /** Shows a storyboard (the app's storyboard view). */
  onOpenStoryboard?: (id: string) => void
}

/**
 * Every task made, newest first, as a grid of cards: found by prompt (any run of characters,
 * so Chinese works), filtered, sorted, picked several at a time; each remix one click from
 * its source and back.
 */
export default function LibraryView({ onOpen, onReused, onCompare, onOpenStoryboard }: Props) {
  const t = useT()
  const tasks = useTasksStore((s) => s.tasks)
  const entries = useKeptStore((s) => s.entries)
  const query = useLibraryQuery((s) => s.query)
  const [said, setSaid] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  const banner = useRef<HTMLParagraphElement>(null)
  const focusBanner = useRef(false)
  useEffect(() => {
    if (!focusBanner.current) return
    focusBanner.current = false
    banner.current?.focus()
  })
  // A view of its own (the app names it in the tab's title): the keyboard starts at its heading.
  useEffect(() => heading.current?.focus(), [])
  const setQuery = (change: Parameters<typeof setLibraryQuery>[0]) => {
    setSaid('') // a note about the last action is not about these results
    setLibraryQuery(change)
  }
  const [deleting, setDeleting] = useState<readonly string[] | null>(null)
  const [reveal, setReveal] = useState<string | null>(null)
  // Bumped after a delete or an import: the storage meter reads the space again.
  const [spaceVersion, setSpaceVersion] = useState(0)
  // One clock for every card's age (and the date filter), not one timer per card.
  const now = useNow(true, 30_000)
  const ids = useMemo(() => pickItems(tasks, entries, query, now), [tasks, entries, query, now])
  const models = useMemo(() => modelsOf(tasks), [tasks])
  const remixes = useMemo(() => remixCounts(tasks), [tasks])
  const continuations = useMemo(() => continuationCounts(tasks), [tasks])
  const selection = useSelection(ids, (id) => id in tasks)
  // Only finished videos can be compared.
  const comparable = selection.selected.filter((id) => tasks[id]?.outcome?.status === 'succeeded')
  const all = Object.keys(tasks).length
  const onRevealed = useCallback(() => setReveal(null), [])

  const actions: CardActions = {
    open: onOpen,
    reuse: (id) => {
      const record = tasks[id]
      if (!record) return
      reuseRequest(record.body, record.imageCount)
      onReused()
    },
    copy: (id) =>
      void navigator.clipboard.writeText(tasks[id]?.body.prompt ?? '').then(
        () => setSaid(t('gallery.copied')),
        () => setSaid(t('gallery.copyFailed')),
      ),
    remove: (id) => setDeleting([id]),
    select: selection.toggle,
    showSource: (id) => {
      setQuery(ANY_QUERY)
      setReveal(id)
    },
    // The card clicked leaves the grid with the filter: the keyboard goes to the line that says
    // what is shown (and its way back), not to the page.
    showRemixes: (id) => {
      setQuery({ ...ANY_QUERY, remixesOf: id })
      focusBanner.current = true
    },
    showContinuations: (id) => {
      setQuery({ ...ANY_QUERY, continuesOf: id })
      focusBanner.current = true
    },
    openChain: (id) => {
      // A video already in a storyboard opens that one (not a second board of the same film).
      const board = useBoardsStore
        .getState()
        .boards.find((b) => b.shots.some((shot) => shot.takes.includes(id)))
      if (board) return onOpenStoryboard?.(board.id)
      const chain = chainOf(tasks, id)
      const name = t('gallery.chainName', { prompt: (chain[0]?.body.prompt ?? '').slice(0, 60) })
      onOpenStoryboard?.(boardFromChain(chain, name))
    },
    download: (id) => void downloadTask(id),
    remix: (id) => {
      askRemix(id)
      onOpen(id)
    },
  }

  const remove = async (doomed: readonly string[]) => {
    setDeleting(null)
    await deleteTasks(doomed)
    setSpaceVersion((v) => v + 1)
    setSaid(
      doomed.length === 1 ? t('gallery.deleted') : t('gallery.deletedMany', { n: doomed.length }),
    )
  }
  const keptSize = (doomed: readonly string[]) =>
    doomed.reduce((sum, id) => {
      const e = entries[id]
      return sum + (e?.state === 'kept' ? e.size : 0)
    }, 0)
  const source = query.remixesOf ? tasks[query.remixesOf] : undefined
  const continued = query.continuesOf ? tasks[query.continuesOf] : undefined
  const lineage = source ?? continued

  return (
    <section aria-labelledby="library-title" className="flex h-full min-h-[24rem] flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="library-title" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {t('gallery.title')}
        </h2>
        <p aria-live="polite" className="text-sm text-slate-400">
          {t('gallery.count', { shown: ids.length, all })}
        </p>
        <StorageMeter version={spaceVersion} />
      </div>
      {onOpenStoryboard && <StoryboardLinks onOpen={onOpenStoryboard} />}
      <LibraryToolbar query={query} models={models} onChange={setQuery} />
      {lineage && (
        <p
          ref={banner}
          tabIndex={-1}
          className="flex items-center gap-2 rounded text-sm focus:outline-2 focus:outline-sky-400"
        >
          {source
            ? t('gallery.showingRemixes', { prompt: source.body.prompt.slice(0, 80) })
            : t('gallery.showingContinuations', {
                prompt: continued?.body.prompt.slice(0, 80) ?? '',
              })}
          <button
            type="button"
            className="btn-ghost btn-sm"
            onClick={() => {
              // Back to every video, at the one whose remixes or continuations these were.
              setQuery(ANY_QUERY)
              setReveal(lineage.localId)
            }}
          >
            {t('gallery.showAll')}
          </button>
        </p>
      )}
      <ArchiveBar
        all={ids}
        selected={selection.selected}
        onSaid={(text) => {
          setSaid(text)
          setSpaceVersion((v) => v + 1)
        }}
      />
      <SelectionBar
        count={selection.selected.length}
        shown={ids.length}
        onAll={selection.all}
        onNone={selection.none}
        onDelete={() => setDeleting(selection.selected)}
        onCompare={
          onCompare && comparable.length >= 2 && comparable.length <= 8
            ? () => onCompare(comparable)
            : undefined
        }
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
        <LibraryGrid
          ids={ids}
          now={now}
          isSelected={selection.isSelected}
          remixes={remixes}
          continuations={continuations}
          actions={actions}
          reveal={reveal}
          onRevealed={onRevealed}
        />
      )}
      {deleting && (
        <ConfirmDelete
          prompts={deleting.map((id) => tasks[id]?.body.prompt ?? '')}
          size={keptSize(deleting)}
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(deleting)}
        />
      )}
    </section>
  )
}
