import { useEffect, useId, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useT } from '../../../lib/i18n/i18n.ts'
import { useMediaQuery } from '../../../lib/ui/useMediaQuery.ts'
import { tasksActions, useTasksStore } from '../../tasks/tasksStore.ts'
import { CompareTile } from './CompareTile.tsx'
import { CompareControls } from './CompareControls.tsx'
import { CompareHelp } from './CompareHelp.tsx'
import { SyncGroup } from './syncGroup.ts'
import { useDiscards } from './useDiscards.ts'
import { useSwipe } from './useSwipe.ts'

/** A grid that fills the screen: 2 side by side, 4 as 2 × 2, 6 as 3 × 2, 8 as 4 × 2. */
const columnsFor = (n: number) => (n <= 2 ? n : n <= 4 ? 2 : n <= 6 ? 3 : 4)

/**
 * Takes side by side, in sync: one play, one seek bar, one speed and one loop for all (see
 * SyncGroup). Keep marks a take a favourite; Discard takes it out of the view and, unless
 * undone within a few seconds, out of the library. On a phone, one take at a time.
 */
export default function CompareView({ ids, onClose }: { ids: string[]; onClose: () => void }) {
  const t = useT()
  const titleId = useId()
  const { discarded, pending, discard: drop, undoLast } = useDiscards()
  const shownIds = ids.filter((id) => !discarded.includes(id))
  const records = useTasksStore(
    useShallow((s) => shownIds.flatMap((id) => (s.tasks[id]?.outcome ? [s.tasks[id]] : []))),
  )
  const [current, setCurrent] = useState(0)
  // As the workspace: one take at a time where windows become cards.
  const narrow = useMediaQuery('(max-width: 639px)')
  // The group's clock is not this view's state: only the playback bar follows it.
  const [g] = useState(() => new SyncGroup())
  const videos = useRef(new Map<string, HTMLVideoElement>())

  useEffect(() => () => g.dispose(), [g])

  // The players change with discards, the phone's one-at-a-time, and a tile's source arriving
  // (a tile re-renders alone). Its ref comes and goes on each of its renders: the group is told
  // once the commit is over, so a player that stays is not taken out and put back (a re-seek).
  const told = useRef(false)
  const onVideo = (id: string, v: HTMLVideoElement | null) => {
    if (v) videos.current.set(id, v)
    else videos.current.delete(id)
    if (told.current) return
    told.current = true
    queueMicrotask(() => {
      told.current = false
      g.setPlayers(videos.current)
    })
  }

  // Every take's length counts for the group's, shown or not (a phone shows one at a time).
  const takeIds = records.map((r) => r.localId).join(' ')
  useEffect(() => g.setTakes(takeIds.split(' ')), [g, takeIds])

  const at = Math.min(current, Math.max(0, records.length - 1))
  const focused = records[at]

  function discard(id: string) {
    drop(id)
    // The discarded take's button went with it: the keys go on working in the view.
    view.current?.focus()
  }
  function undo() {
    if (undoLast() === null) return
    view.current?.focus()
  }

  const keep = (id: string) => {
    const r = useTasksStore.getState().tasks[id]
    if (r) tasksActions().favouriteSet(id, !r.favourite)
  }

  function onKeyDown(e: globalThis.KeyboardEvent) {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return
    const key = e.key.toLowerCase()
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown')
      setCurrent(Math.min(records.length - 1, at + 1))
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') setCurrent(Math.max(0, at - 1))
    else if (e.key === ' ' && !(e.target instanceof HTMLButtonElement)) g.toggle()
    else if (key === 'k' && focused) keep(focused.localId)
    else if (key === 'x' && focused) discard(focused.localId)
    else if (key === 'z' && (e.ctrlKey || e.metaKey)) undo()
    else if (e.key === 'Escape') onClose()
    else return
    e.preventDefault()
  }

  // The shortcuts hold while focus is in the view (it takes focus when it opens).
  const view = useRef<HTMLElement>(null)
  const keys = useRef(onKeyDown)
  useEffect(() => {
    keys.current = onKeyDown
  })
  useEffect(() => {
    const el = view.current
    if (!el) return
    el.focus()
    const listener = (e: globalThis.KeyboardEvent) => keys.current(e)
    el.addEventListener('keydown', listener)
    return () => el.removeEventListener('keydown', listener)
  }, [])

  const shown = narrow ? records.slice(at, at + 1) : records
  const swipe = useSwipe((step) => setCurrent(Math.max(0, Math.min(records.length - 1, at + step))))
  return (
    <section
      ref={view}
      aria-labelledby={titleId}
      tabIndex={-1}
      className="flex h-full min-h-0 flex-col gap-3 rounded-lg p-1 outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={titleId} className="text-lg font-semibold">
          {records.length === 1 ? t('compare.titleOne') : t('compare.title', { n: records.length })}
        </h2>
        <button type="button" className="btn-ghost btn-sm" onClick={onClose}>
          {t('compare.close')}
        </button>
        {/* A phone has no keyboard to list. */}
        {!narrow && <CompareHelp />}
      </div>
      <CompareControls group={g} />
      {/* Over the grid, not above it: the players do not jump when a take is discarded. */}
      <div
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-30 flex justify-center px-4"
      >
        {pending > 0 && (
          <p className="pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg border border-slate-600 bg-slate-900 px-3 py-2 text-sm text-slate-100 shadow-lg">
            {pending === 1 ? t('compare.discarded') : t('compare.discardedMany', { n: pending })}
            <button type="button" className="btn-outline btn-sm whitespace-nowrap" onClick={undo}>
              {t('compare.undo')}
            </button>
          </p>
        )}
      </div>
      {narrow && records.length > 1 && (
        <p className="text-center text-xs text-slate-400">{t('compare.swipe')}</p>
      )}
      {narrow && records.length > 1 && (
        <div className="flex items-center justify-between text-sm">
          <button
            type="button"
            className="btn-ghost btn-sm"
            disabled={at === 0}
            onClick={() => setCurrent(at - 1)}
          >
            {t('compare.previous')}
          </button>
          <span>{t('compare.of', { n: at + 1, of: records.length })}</span>
          <button
            type="button"
            className="btn-ghost btn-sm"
            disabled={at === records.length - 1}
            onClick={() => setCurrent(at + 1)}
          >
            {t('compare.next')}
          </button>
        </div>
      )}
      <div
        className="grid min-h-0 flex-1 gap-3"
        style={{
          gridTemplateColumns: `repeat(${narrow ? 1 : columnsFor(shown.length)}, minmax(0, 1fr))`,
          // A sideways swipe is ours (the next take); an upward one still scrolls the page.
          touchAction: narrow ? 'pan-y' : undefined,
        }}
        {...(narrow ? swipe : {})}
      >
        {shown.map((r) => {
          const place = records.indexOf(r)
          return (
            <CompareTile
              key={r.localId}
              record={r}
              place={place + 1}
              current={place === at}
              group={g}
              onChoose={() => setCurrent(place)}
              onVideo={onVideo}
              onMetadata={(v) => g.arrived(v)}
              onKeep={() => keep(r.localId)}
              onDiscard={() => discard(r.localId)}
            />
          )
        })}
      </div>
    </section>
  )
}
