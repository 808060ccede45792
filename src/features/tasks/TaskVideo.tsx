import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { isContentRoute } from '../../api/dialects.ts'
import { relayKeys } from '../../api/queries.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { explainUnknown } from './describe.ts'
import { ExplanationView } from './Explanation.tsx'
import { PlayerActions } from './PlayerActions.tsx'
import { RemixForm } from './RemixForm.tsx'
import { ContinueButton } from './ContinueButton.tsx'
import { ExtendForm } from './ExtendForm.tsx'
import { SendAgainButton } from './SendAgainButton.tsx'
import { imagesLost, type TaskRecord } from './taskRecord.ts'
import { useMediaSource } from './useMediaSource.ts'
import { useCompact } from '../../lib/ui/compact.ts'
import { ClipPlayer } from './ClipPlayer.tsx'
import { PictureFirst } from './PictureFirst.tsx'
import { SentParams } from './SentParams.tsx'
import { KeptNote } from '../library/KeptNote.tsx'
import { LinkExpiry } from '../library/LinkExpiry.tsx'
import { useKept, useSaving } from '../library/keptStore.ts'
import { useKeptSource } from '../library/useKeptSource.ts'

interface Props {
  record: TaskRecord
  remoteId: string
  url: string
}

/** The finished clip, its details and actions. A link that stopped loading is refreshed once. */
export function TaskVideo({ record, remoteId, url }: Props) {
  const t = useT()
  const compact = useCompact()
  const queryClient = useQueryClient()
  const kept = useKept(record.localId)
  const saving = useSaving(record.localId)
  const local = useKeptSource(kept)
  // A kept file that would not play (removed while playing, or unreadable): the link takes over.
  const [fileFailed, setFileFailed] = useState<string | null>(null)
  // A kept file plays first: it outlives the link, and needs no network.
  const fromFile =
    kept?.state === 'kept' && !local.missing && (local.src === null || local.src !== fileFailed)
  // Never "kept" for a file that is not there.
  const shownEntry = kept?.state === 'kept' && local.missing ? undefined : kept
  const link = useMediaSource(fromFile ? null : url, record.relay, saving)
  const { src, error } = fromFile ? { src: local.src, error: null } : link
  const [size, setSize] = useState<string | null>(null)
  const [seconds, setSeconds] = useState<number | null>(null)
  const [broken, setBroken] = useState<{ src: string; refreshed: boolean } | null>(null)
  // Open across a change of source (a kept copy removed: the link plays on).
  const menu = useState(false)

  async function onVideoError(failed: string) {
    if (broken?.refreshed) return setBroken({ src: failed, refreshed: true })
    // Relay links expire: ask the relay once for the task again, which may carry a fresh link.
    setBroken({ src: failed, refreshed: false })
    await queryClient.refetchQueries({ queryKey: relayKeys.task(record.relay, remoteId) })
    setBroken({ src: failed, refreshed: true })
  }

  if (error) return <ExplanationView explanation={explainUnknown(error)} />
  // A kept copy plays whatever became of the link: never offer a paid re-generate then.
  // What failed is the source now shown: a fresh link (or a fresh load of it) is tried first.
  if (!fromFile && broken && broken.refreshed && broken.src === src) {
    // A remix's body holds only the change: sent as a create it would be another request.
    const canAgain = !imagesLost(record) && !record.remixOf
    return (
      <div role="alert" className="space-y-2 text-sm text-amber-100">
        <p>{t('player.expired')}</p>
        {canAgain && (
          <SendAgainButton record={record} label={t('task.generateAgain')} className="btn" />
        )}
      </div>
    )
  }
  if (!src)
    return (
      <div className="space-y-1">
        <p role="status" className="text-sm text-slate-300">
          {broken ? t('player.refreshing') : t('task.loadingVideo')}
        </p>
        {saving && <KeptNote entry={shownEntry} saving />}
      </div>
    )
  // The clip's own length once known (some models set none, and relays may differ from the ask).
  const asked = record.frame.seconds
  const duration =
    seconds !== null
      ? t('composer.seconds', { n: String(Math.round(seconds)) })
      : asked !== null
        ? t('composer.seconds', { n: String(asked) })
        : '…'
  return (
    <PictureFirst
      menu={menu}
      player={
        <ClipPlayer
          src={src}
          onShape={(shape) => {
            setSize(`${shape.width}×${shape.height}`)
            if (shape.seconds !== null) setSeconds(shape.seconds)
          }}
          // Only a failing link is the relay's: a failing file says nothing about the link.
          onError={() => (fromFile ? setFileFailed(src) : void onVideoError(src))}
        />
      }
    >
      {compact && <SentParams record={record} />}
      <p className="text-xs text-slate-400">
        {t('player.details', { model: record.body.model, duration, size: size ?? '…' })}
      </p>
      {/* What it follows on from (Continue, Extend): its lineage, in the window as in the library. */}
      {record.continues && (
        <p className="truncate text-xs text-slate-400" title={record.continues.prompt}>
          {t(record.extendOf ? 'player.extends' : 'player.continues', {
            prompt: record.continues.prompt,
          })}
        </p>
      )}
      <KeptNote entry={shownEntry} saving={saving} />
      {!fromFile && !saving && record.outcome?.expiresAt !== undefined && (
        <LinkExpiry expiresAt={record.outcome.expiresAt} held={src.startsWith('blob:')} />
      )}
      <PlayerActions
        src={src}
        url={url}
        name={`sora-studio-${remoteId.replace(/[^\w-]+/g, '_')}.mp4`}
        shareable={!isContentRoute(url)}
      >
        <ContinueButton record={record} kept={shownEntry} />
        <ExtendForm record={record} />
        <RemixForm record={record} />
      </PlayerActions>
    </PictureFirst>
  )
}
