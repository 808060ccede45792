import { useEffect, useRef, useState } from 'react'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { keepPlace } from '../library/keepVideo.ts'
import { keepLocalVideo } from '../tasks/keepLocal.ts'
import { formatBytes } from '../library/storageSpace.ts'
import type { FilmShot } from './filmShots.ts'
import { JoinError, joinClips, type Joined } from './join.ts'

type State =
  | { kind: 'idle' }
  | { kind: 'joining'; progress: number }
  /** `notKept`: made, but the library could not keep it (the download still works). */
  | { kind: 'done'; url: string; size: number; joined: Joined; notKept: 'full' | 'failed' | null }
  | { kind: 'failed'; text: string }

const AUDIO: Record<Joined['audio'], MessageKey> = {
  copy: 'board.audio.copy',
  opus: 'board.audio.opus',
  dropped: 'board.audio.dropped',
  none: 'board.audio.none',
}

/**
 * "Export film": the shots' kept files joined in a worker (with a progress bar and Cancel),
 * the film saved to the library and offered as a download, and how it was made said plainly.
 */
export function ExportFilm({
  name,
  shots,
  missing,
}: {
  name: string
  shots: FilmShot[]
  missing: number[]
}) {
  const t = useT()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const abort = useRef<AbortController | null>(null)
  // The download link's bytes are let go with the panel.
  const url = state.kind === 'done' ? state.url : null
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url])
  useEffect(() => () => abort.current?.abort(), [])

  async function run() {
    if (missing.length > 0 || shots.length === 0) return
    const controller = new AbortController()
    abort.current = controller
    setState({ kind: 'joining', progress: 0 })
    try {
      const files = await Promise.all(shots.map((s) => keepPlace.files.open(s.file)))
      const gone = files.findIndex((f) => !f)
      if (gone >= 0)
        return setState({ kind: 'failed', text: t('board.exportNotKept', { n: shots[gone]!.n }) })
      const joined = await joinClips(
        files as File[],
        (progress) => setState({ kind: 'joining', progress }),
        controller.signal,
      )
      const film = new Blob([joined.film], { type: 'video/mp4' })
      // Left meanwhile (the panel closed): nothing kept, no link made that nobody lets go.
      if (controller.signal.aborted) return
      const kept = await keepLocalVideo(film, 'mp4', name, { from: 'storyboard', name })
      setState({
        kind: 'done',
        url: URL.createObjectURL(film),
        size: film.size,
        joined,
        notKept: kept.ok ? null : kept.why,
      })
    } catch (e) {
      const failure = e instanceof JoinError ? e.failure : null
      const shot = failure && 'shot' in failure && failure.shot ? shots[failure.shot - 1] : null
      setState({
        kind: 'failed',
        text:
          failure?.reason === 'cancelled'
            ? t('board.exportCancelled')
            : failure?.reason === 'unsupported'
              ? t('board.exportUnsupported')
              : failure?.reason === 'unreadable' && shot
                ? t('board.exportUnreadable', { n: shot.n })
                : t('board.exportFailed'),
      })
    } finally {
      abort.current = null
    }
  }

  return (
    <div className="w-full space-y-2">
      {state.kind === 'joining' ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>{t('board.exporting', { n: shots.length })}</span>
          <progress
            aria-label={t('board.exportProgress')}
            max={1}
            value={state.progress}
            className="h-2 w-48"
          />
          <button type="button" className="btn-ghost btn-sm" onClick={() => abort.current?.abort()}>
            {t('board.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="btn-outline"
          disabled={shots.length === 0 || missing.length > 0}
          onClick={() => void run()}
        >
          {t('board.export')}
        </button>
      )}
      {state.kind === 'done' && (
        <div role="status" className="space-y-2 text-sm text-emerald-300">
          <p>
            {t('board.exported', {
              size: formatBytes(state.size),
              how: [
                state.joined.video === 'copy'
                  ? t('board.how.copy')
                  : t('board.how.video', { size: `${state.joined.width}×${state.joined.height}` }),
                t(AUDIO[state.joined.audio]),
              ].join(' · '),
            })}
          </p>
          {state.notKept && (
            <p className="text-amber-300">
              {t(state.notKept === 'full' ? 'board.notKeptFull' : 'board.notKeptFailed')}
            </p>
          )}
          <a
            className="btn-outline inline-block"
            href={state.url}
            download={`${name || 'film'}.mp4`}
          >
            {t('board.download')}
          </a>
        </div>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="text-sm text-amber-300">
          {state.text}
        </p>
      )}
    </div>
  )
}
