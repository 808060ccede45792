import { Fragment, memo, useState } from 'react'
import { ageOf, formatMoment } from '../../lib/format.ts'
import { useLocale, useT } from '../../lib/i18n/i18n.ts'
import { KeptFirstFrame } from '../library/KeptFirstFrame.tsx'
import { useKept, useKeptStore } from '../library/keptStore.ts'
import { formatBytes } from '../library/storageSpace.ts'
import { tasksActions, useTask } from '../tasks/tasksStore.ts'
import { profileFor } from '../../profiles/registry.ts'
import type { TaskRecord } from '../tasks/taskRecord.ts'
import { BlobImage } from './BlobImage.tsx'
import { statusOf } from './query.ts'
import { useRelayThumbnail } from './relayThumbnail.ts'

/** What a card can ask of the library (one object, the same for every card). */
export interface CardActions {
  open: (localId: string) => void
  reuse: (localId: string) => void
  copy: (localId: string) => void
  remove: (localId: string) => void
  select: (localId: string, range: boolean) => void
  showSource: (localId: string) => void
  showRemixes: (localId: string) => void
  showContinuations: (localId: string) => void
  /** The chain this video is part of, as a storyboard. */
  openChain: (localId: string) => void
  download: (localId: string) => void
  remix: (localId: string) => void
}

interface Props {
  id: string
  now: number
  selected: boolean
  remixes: number
  /** How many videos continue this one (Continue, Extend). */
  continuations: number
  actions: CardActions
  /** A phone's row: the picture beside the text, smaller. */
  compact: boolean
  /** False while the grid scrolls fast: the picture waits (a file opened and decoded per card). */
  poster: boolean
}

/**
 * The first frame of a kept video (its own file, no network); the pointer moving across it
 * scrubs through the clip, and leaving returns to the first frame.
 */
function Poster({ id }: { id: string }) {
  return (
    <KeptFirstFrame
      localId={id}
      className="h-full w-full object-cover"
      onPointerMove={(e) => {
        const v = e.currentTarget
        const box = v.getBoundingClientRect()
        if (Number.isFinite(v.duration) && box.width > 0)
          v.currentTime = ((e.clientX - box.left) / box.width) * v.duration
      }}
      onPointerLeave={(e) => {
        e.currentTarget.currentTime = 0
      }}
    />
  )
}

/** The relay's own poster for a video not kept here, where it serves one; else `children`. */
function RelayPoster({ record, children }: { record: TaskRecord; children: React.ReactNode }) {
  const blob = useRelayThumbnail(record, true)
  return blob ? <BlobImage blob={blob} className="h-full w-full object-cover" /> : children
}

/** A link along a video's lineage: to its source (shortened; named in full) or to a count. */
function LineageLink({
  label,
  name,
  count,
  onClick,
}: {
  label: string
  name?: string
  count?: boolean
  onClick: () => void
}) {
  return (
    <button
      type="button"
      // A flex item narrower than its text only with min-width 0: else a long prompt pushes
      // the card's buttons out of a phone's screen.
      className={`text-sky-300 underline ${count ? 'shrink-0 whitespace-nowrap' : 'min-w-0 truncate'}`}
      aria-label={name}
      title={name}
      onClick={onClick}
    >
      {label}
    </button>
  )
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text)

/** One task in the library: what it is, where it stands, what can be done with it. */
// Memoised: a scroll renders only the cards coming into view, not every card shown.
export const LibraryCard = memo(function LibraryCard({
  id,
  now,
  selected,
  remixes,
  continuations,
  actions,
  compact,
  poster,
}: Props) {
  const t = useT()
  const locale = useLocale()
  const record = useTask(id)
  const entry = useKept(id)
  const keptKnown = useKeptStore((s) => s.loaded)
  // Once shown, a picture stays while the grid scrolls on (no flicker); a card that came
  // into view during a scroll gets its picture when the grid rests.
  const [pictured, setPictured] = useState(poster)
  if (poster && !pictured) setPictured(true)
  const source = useTask(record?.remixOf?.localId ?? '')
  // A continuation ("Continue" from another video's last frame) links back to that video.
  const continued = useTask(record?.continues?.localId ?? '')
  if (!record) return null
  const { prompt, model } = record.body
  // A file brought in has no model, parameters or prompt to reuse or copy: only its name.
  const local = record.phase === 'local'
  const status = statusOf(record)
  const statusWord = (
    <p className="absolute inset-0 grid place-items-center text-xs text-slate-400">
      {t(`gallery.status.${status}`)}
    </p>
  )
  const seconds = record.frame.seconds
  const expiresAt = record.outcome?.expiresAt
  // Why it failed, in the relay's words where it gave some.
  const failure = record.outcome?.failure?.reason || record.createFailure?.detail
  return (
    <article
      id={`card-${id}`}
      tabIndex={-1}
      aria-label={prompt}
      className={`flex h-full overflow-hidden rounded-lg border bg-slate-900 focus-visible:outline-2 focus-visible:outline-sky-400 ${compact ? 'flex-row' : 'flex-col'} ${selected ? 'border-sky-500' : 'border-slate-700'}`}
    >
      <div
        // At most 9rem tall: a wide card's picture (cropped, not squeezed) leaves its text the
        // same room as a narrow one's, lineage links and all, in a row of fixed height.
        className={`relative shrink-0 bg-slate-800 ${compact ? 'aspect-video w-32 self-center' : 'aspect-video max-h-36'}`}
      >
        {entry?.state === 'kept' && pictured ? (
          <Poster id={id} />
        ) : status === 'done' && pictured && !local && keptKnown ? (
          <RelayPoster record={record}>{statusWord}</RelayPoster>
        ) : (
          statusWord
        )}
        <label className="absolute top-1 left-1 rounded bg-slate-950/80 p-1">
          <input
            type="checkbox"
            checked={selected}
            aria-label={t('gallery.select', { prompt: short(prompt) })}
            // On click (Space from the keyboard clicks too), which knows whether Shift was held:
            // everything from the last one picked. The state above decides what is checked.
            onClick={(e) => actions.select(id, e.shiftKey)}
            onChange={() => {}}
          />
        </label>
      </div>
      <div className="flex min-h-0 min-w-0 flex-1 flex-col gap-1 p-2 text-xs">
        {/* What it is gives way (cut at the bottom) before what can be done with it: the
            actions below never leave a card of fixed height, however long the lines above. */}
        <div className="flex min-h-0 flex-1 flex-col gap-1 overflow-hidden">
          <p
            className={`${compact ? 'line-clamp-1' : 'line-clamp-2'} shrink-0 text-sm text-slate-100`}
            title={prompt}
          >
            {prompt}
          </p>
          <p className="line-clamp-2 shrink-0 text-slate-400">
            {/* A line breaks after a dot, never before it nor inside an item ("0.1 MB"). */}
            {[
              local
                ? t(
                    record.made?.from === 'storyboard'
                      ? 'gallery.item.film'
                      : 'gallery.item.imported',
                  )
                : model,
              seconds === null ? null : t('gallery.item.seconds', { n: seconds }),
              t(...ageOf(now - record.createdAt)),
              t(`gallery.status.${status}`),
              // Said once known (not "not kept" for the instant before), and only of a video.
              !keptKnown || status !== 'done'
                ? null
                : entry?.state === 'kept'
                  ? t('gallery.item.kept', { size: formatBytes(entry.size) })
                  : t('gallery.item.notKept'),
              // Not kept here: how long the relay's link lasts, where it said (`expires_at`).
              !keptKnown || status !== 'done' || entry?.state === 'kept' || expiresAt === undefined
                ? null
                : expiresAt <= now
                  ? t('gallery.item.linkExpired')
                  : t('gallery.item.linkUntil', { time: formatMoment(expiresAt, locale, now) }),
            ]
              .filter((item) => item !== null)
              .map((item, i, all) => (
                <Fragment key={i}>
                  <span className="whitespace-nowrap">
                    {item}
                    {i < all.length - 1 && ' ·'}
                  </span>
                  {i < all.length - 1 && ' '}
                </Fragment>
              ))}
          </p>
          {status === 'failed' && failure && (
            <p className="line-clamp-1 text-amber-300" title={failure}>
              {failure}
            </p>
          )}
          {(source ?? continued ?? (remixes > 0 || continuations > 0)) && (
            // At most two lines, whatever the links say (the card's height is fixed). The link to
            // a source gives way (truncated); the counts do not.
            <p className="flex max-h-10 min-w-0 shrink-0 flex-wrap gap-x-3 overflow-hidden">
              {continued && (
                <LineageLink
                  label={t(record.extendOf ? 'gallery.extends' : 'gallery.continues', {
                    prompt: short(continued.body.prompt),
                  })}
                  name={t(record.extendOf ? 'gallery.extends' : 'gallery.continues', {
                    prompt: continued.body.prompt,
                  })}
                  onClick={() => actions.showSource(continued.localId)}
                />
              )}
              {source && (
                <LineageLink
                  label={t('gallery.remixOf', { prompt: short(source.body.prompt) })}
                  name={t('gallery.remixOf', { prompt: source.body.prompt })}
                  onClick={() => actions.showSource(source.localId)}
                />
              )}
              {continuations > 0 && (
                <LineageLink
                  count
                  label={t('gallery.continuations', { n: continuations })}
                  onClick={() => actions.showContinuations(id)}
                />
              )}
              {remixes > 0 && (
                <LineageLink
                  count
                  label={t('gallery.remixes', { n: remixes })}
                  onClick={() => actions.showRemixes(id)}
                />
              )}
              {/* A chain (A → B → C) opens as one storyboard: previewed and exported as a film. */}
              {(continued ?? continuations > 0) && (
                <LineageLink
                  count
                  label={t('gallery.openChain')}
                  onClick={() => actions.openChain(id)}
                />
              )}
            </p>
          )}
        </div>
        <div
          role="group"
          aria-label={t('gallery.itemActions', { prompt: short(prompt) })}
          className="flex shrink-0 flex-wrap gap-1"
        >
          <button type="button" className="btn-outline btn-sm" onClick={() => actions.open(id)}>
            {t('gallery.open')}
          </button>
          {!local && (
            <button type="button" className="btn-outline btn-sm" onClick={() => actions.reuse(id)}>
              {t('gallery.reuse')}
            </button>
          )}
          {status === 'done' && (
            <button type="button" className="btn-ghost btn-sm" onClick={() => actions.download(id)}>
              {t('gallery.download')}
            </button>
          )}
          {status === 'done' && record.remoteId && profileFor(model).remix && (
            <button type="button" className="btn-ghost btn-sm" onClick={() => actions.remix(id)}>
              {t('gallery.remix')}
            </button>
          )}
          {!local && (
            <button type="button" className="btn-ghost btn-sm" onClick={() => actions.copy(id)}>
              {t('gallery.copy')}
            </button>
          )}
          <button
            type="button"
            className="btn-ghost btn-sm"
            aria-pressed={record.favourite === true}
            onClick={() => tasksActions().favouriteSet(id, !record.favourite)}
          >
            {record.favourite ? '★' : '☆'} {t('gallery.favourite')}
          </button>
          <button type="button" className="btn-ghost btn-sm" onClick={() => actions.remove(id)}>
            {t('gallery.delete')}
          </button>
        </div>
      </div>
    </article>
  )
})
