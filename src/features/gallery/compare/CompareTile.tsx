import { useEffect, useState } from 'react'
import { useT } from '../../../lib/i18n/i18n.ts'
import { formatQuota, priceAsQuota } from '../../../lib/format.ts'
import { shownValues } from '../../../profiles/shownValues.ts'
import { useKept } from '../../library/keptStore.ts'
import { useKeptSource } from '../../library/useKeptSource.ts'
import { useOfferedModels } from '../../settings/useOfferedModels.ts'
import type { TaskRecord } from '../../tasks/taskRecord.ts'
import { useMediaSource } from '../../tasks/useMediaSource.ts'
import { useSayValue } from '../../tasks/useSayValue.ts'
import type { SyncGroup } from './syncGroup.ts'

interface Props {
  record: TaskRecord
  /** 1-based place in the view, for its name. */
  place: number
  current: boolean
  group: SyncGroup
  onChoose: () => void
  onVideo: (localId: string, video: HTMLVideoElement | null) => void
  onMetadata: (video: HTMLVideoElement) => void
  onKeep: () => void
  onDiscard: () => void
}

/**
 * One take in the compare view: its player (the kept file, else the relay's link while it
 * lasts, and then it says so), and what it was: model, settings in words, price, time taken.
 */
export function CompareTile({
  record,
  place,
  current,
  group,
  onChoose,
  onVideo,
  onMetadata,
  onKeep,
  onDiscard,
}: Props) {
  const t = useT()
  const say = useSayValue()
  const kept = useKept(record.localId)
  const local = useKeptSource(kept)
  const fromFile = kept?.state === 'kept' && !local.missing
  const link = useMediaSource(fromFile ? null : (record.outcome?.videoUrl ?? null), record.relay)
  const src = fromFile ? local.src : link.src
  // Said on the player when a shorter take has stopped at its end while longer ones play on.
  const [length, setLength] = useState(0)
  const [ended, setEnded] = useState(false)
  useEffect(
    () =>
      group.onTime((time) => {
        const s = group.state
        setEnded(s.ends === 'stop' && length > 0 && length < s.duration && time >= length - 0.02)
      }),
    [group, length],
  )
  const { catalog } = useOfferedModels()
  const price = catalog?.prices?.[record.body.model]?.perRequest
  const took =
    record.finishedAt !== undefined
      ? Math.round((record.finishedAt - (record.sentAt ?? record.createdAt)) / 1000)
      : null
  const facts = [
    // Defaults too: takes are read side by side, and a blank is not comparable.
    ...shownValues(record.body, { withDefaults: true }).map(say),
    price !== undefined && price !== null
      ? t('compare.price', { price: formatQuota(priceAsQuota(price)) })
      : '',
    took !== null
      ? t('compare.took', { m: Math.floor(took / 60), s: String(took % 60).padStart(2, '0') })
      : '',
  ].filter(Boolean)
  return (
    <article
      aria-label={t('compare.take', { n: place, model: record.body.model })}
      aria-current={current || undefined}
      // A click or tap anywhere on a take chooses it: K and X then act on what was touched.
      onPointerDown={onChoose}
      className={`flex min-h-0 flex-col gap-1 rounded-lg border-2 p-2 ${current ? 'border-amber-300' : 'border-slate-700'}`}
    >
      <div className="relative flex min-h-0 flex-1 items-center justify-center bg-black">
        {src ? (
          <video
            ref={(v) => onVideo(record.localId, v)}
            src={src}
            muted
            playsInline
            preload="auto"
            aria-label={t('compare.player', { n: place })}
            onLoadedMetadata={(e) => {
              setLength(Number.isFinite(e.currentTarget.duration) ? e.currentTarget.duration : 0)
              onMetadata(e.currentTarget)
            }}
            className="max-h-full max-w-full object-contain"
          />
        ) : (
          <p className="p-4 text-sm text-slate-400">{t('compare.noVideo')}</p>
        )}
        {ended && (
          <span className="absolute top-2 right-2 rounded bg-slate-900/80 px-2 py-0.5 text-xs text-slate-100">
            {t('compare.ended')}
          </span>
        )}
      </div>
      <p className="truncate text-xs text-slate-400" title={record.body.prompt}>
        {record.take && `${t('compare.takeOf', { n: record.take.index, of: record.take.of })} · `}
        {record.body.prompt}
      </p>
      <p className="text-xs text-slate-200">
        <span className="font-mono">{record.body.model}</span>
        {facts.length > 0 && ` · ${facts.join(' · ')}`}
      </p>
      {!fromFile && src && <p className="text-xs text-amber-200">{t('compare.fromLink')}</p>}
      <div className="flex gap-2">
        <button
          type="button"
          className="btn-outline btn-sm"
          aria-pressed={record.favourite === true}
          onClick={onKeep}
        >
          {t(record.favourite ? 'compare.kept' : 'compare.keep')}
        </button>
        <button type="button" className="btn-ghost btn-sm" onClick={onDiscard}>
          {t('compare.discard')}
        </button>
      </div>
    </article>
  )
}
