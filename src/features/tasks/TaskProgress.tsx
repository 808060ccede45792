import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import type { Observation } from './pollPolicy.ts'
import type { Reconnecting } from './stage.ts'
import { smoothProgress } from './smoothProgress.ts'
import { formatElapsed } from '../../lib/format.ts'
import { useNow } from './useNow.ts'

interface Props {
  createdAt: number
  status: 'queued' | 'running'
  progress: number | null
  /** Why reads fail while they are retried (an error kind), `offline`, or null when fine. */
  reconnecting: Reconnecting | null
  /** Why polling waits, if it does. */
  paused: MessageKey | null
  /** What the polls saw so far: the bar moves on between the relay's coarse steps. */
  observations: () => readonly Observation[]
  /** Offered once the job passed its deadline. */
  onKeepWaiting?: () => void
}

/** Queued (with the time waited) or a progress bar; indeterminate while the relay gives no number. */
export function TaskProgress({
  createdAt,
  status,
  progress: reported,
  reconnecting,
  paused,
  observations,
  onKeepWaiting,
}: Props) {
  const t = useT()
  const now = useNow(true)
  const elapsed = formatElapsed(now - createdAt)
  const running = status === 'running'
  const shown = smoothProgress(observations(), now)
  const progress = shown.value ?? reported
  const estimate = shown.etaMs === null ? null : formatElapsed(shown.etaMs)
  return (
    <div className="space-y-3">
      <p role="status" className="text-sm text-slate-200">
        {running ? t('task.running', { elapsed }) : t('task.queued', { elapsed })}
      </p>
      {running && (
        <div className="space-y-1">
          <div
            role="progressbar"
            aria-label={t('task.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress === null ? undefined : Math.round(progress)}
            className="h-2 overflow-hidden rounded-full bg-slate-700"
          >
            <div
              className={
                progress === null
                  ? 'h-full w-1/3 animate-pulse bg-sky-400'
                  : 'h-full bg-sky-400 transition-[width] duration-1000 ease-linear'
              }
              style={progress === null ? undefined : { width: `${progress}%` }}
            />
          </div>
          <p className="text-xs text-slate-400">
            {progress === null ? t('task.estimating') : `${Math.round(progress)}%`}
            {progress !== null &&
              ` · ${estimate === null ? t('task.estimating') : t('task.timeLeft', { time: estimate })}`}
          </p>
        </div>
      )}
      {paused ? (
        <div className="space-y-2">
          <p className="text-xs text-amber-300">{t(paused)}</p>
          {onKeepWaiting && (
            <button type="button" className="btn-outline btn-sm" onClick={onKeepWaiting}>
              {t('task.keepWaiting')}
            </button>
          )}
        </div>
      ) : (
        reconnecting && (
          <p role="status" className="text-xs text-amber-300">
            {reconnecting === 'offline'
              ? t('task.offline')
              : `${t('task.reconnecting')} ${t(reconnecting === 'unknown' ? 'error.malformed' : `error.${reconnecting}`)}`}
          </p>
        )
      )}
    </div>
  )
}
