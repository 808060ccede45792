import { useEffect, useRef, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { keepPlace } from '../library/keepVideo.ts'
import type { FilmShot } from './filmShots.ts'

/** The object URLs of the shots' kept files, made while shown (one per file name). */
function useFileUrls(names: string): string[] | null {
  const [urls, setUrls] = useState<string[] | null>(null)
  useEffect(() => {
    let live = true
    let made: string[] = []
    void Promise.all(names.split('\n').map((name) => keepPlace.files.open(name))).then((files) => {
      if (!live) return
      made = files.map((file) => (file ? URL.createObjectURL(file) : ''))
      setUrls(made)
    })
    return () => {
      live = false
      made.forEach((u) => u && URL.revokeObjectURL(u))
    }
  }, [names])
  return urls
}

/**
 * The film played through in order from the kept files. Two players take turns: while one
 * plays, the next shot waits loaded and paused in the other, so a join costs a frame or two,
 * not a load. The playing shot is marked in the strip below (and said).
 */
export function SequencePreview({ shots, onClose }: { shots: FilmShot[]; onClose: () => void }) {
  const t = useT()
  // The files by name: a new array of the same shots (a task polled elsewhere) reloads nothing.
  const urls = useFileUrls(shots.map((s) => s.file).join('\n'))
  const [at, setAt] = useState(0)
  const [muted, setMuted] = useState(true)
  const even = useRef<HTMLVideoElement>(null)
  const odd = useRef<HTMLVideoElement>(null)
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])

  // Shot `at` plays in player at % 2; the other holds the next one, loaded and paused.
  useEffect(() => {
    if (!urls) return
    const [now, next] = at % 2 === 0 ? [even.current, odd.current] : [odd.current, even.current]
    if (!now || !next) return
    if (now.getAttribute('src') !== urls[at]) now.src = urls[at] ?? ''
    // The other player stops (a shot chosen by hand while it played) and loads the next shot.
    next.pause()
    const following = urls[at + 1]
    if (following && next.getAttribute('src') !== following) {
      next.src = following
      next.preload = 'auto'
    } else if (following) next.currentTime = 0
    // Started already where the shot before ended (see onEnded); else from its start.
    if (now.paused) {
      now.currentTime = 0
      void now.play().catch(() => {})
    }
  }, [urls, at])

  const current = shots[at]
  const player = (i: 0 | 1) => (
    // Generated clips carry no caption track; their sound is off until the viewer turns it on.
    // eslint-disable-next-line jsx-a11y/media-has-caption
    <video
      ref={i === 0 ? even : odd}
      muted={muted}
      playsInline
      controls={at % 2 === i}
      aria-label={current ? t('board.playing', { n: current.n }) : undefined}
      aria-hidden={at % 2 !== i}
      data-shot={at % 2 === i ? current?.n : undefined}
      className={`absolute inset-0 h-full w-full object-contain ${at % 2 === i ? '' : 'invisible'}`}
      // Sound on or off is one choice for the whole film, not per player.
      onVolumeChange={(e) => setMuted(e.currentTarget.muted)}
      onEnded={(e) => {
        if (at % 2 !== i || at + 1 >= shots.length) return
        // The next shot starts here and now, before React renders the change: the join then
        // costs a frame or two, not a render and an effect as well.
        const next = (i === 0 ? odd : even).current
        if (next) {
          next.classList.remove('invisible')
          e.currentTarget.classList.add('invisible')
          void next.play().catch(() => {})
        }
        setAt(at + 1)
      }}
    />
  )
  return (
    <section
      aria-label={t('board.previewTitle')}
      className="space-y-2 rounded-lg border border-slate-700 bg-slate-950 p-3"
    >
      <div className="flex items-center gap-2">
        <h3 className="font-semibold">{t('board.previewTitle')}</h3>
        <button ref={close} type="button" className="btn-ghost btn-sm ml-auto" onClick={onClose}>
          {t('board.closePreview')}
        </button>
      </div>
      <div className="relative aspect-video w-full max-w-3xl overflow-hidden rounded bg-black">
        {player(0)}
        {player(1)}
      </div>
      <ol className="flex flex-wrap gap-2 text-sm">
        {shots.map((s, i) => (
          <li key={s.shot}>
            <button
              type="button"
              aria-current={i === at ? 'true' : undefined}
              className={`rounded px-2 py-1 ${i === at ? 'bg-sky-600 text-white' : 'bg-slate-800 text-slate-300'}`}
              onClick={() => setAt(i)}
            >
              {t('board.shot', { n: s.n })}
            </button>
          </li>
        ))}
      </ol>
      <p role="status" className="sr-only">
        {current && t('board.playing', { n: current.n })}
      </p>
    </section>
  )
}
