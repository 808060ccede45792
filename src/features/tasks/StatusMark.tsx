import { useT } from '../../lib/i18n/i18n.ts'
import { stageWord, type TaskStage } from './stage.ts'

const DOT: Record<ReturnType<typeof stageWord>, string> = {
  waiting: 'border border-slate-400',
  submitting: 'bg-slate-400 animate-pulse',
  queued: 'bg-slate-400',
  running: 'bg-sky-400 animate-pulse',
  succeeded: 'bg-emerald-400',
  failed: 'bg-red-500',
}

/**
 * Where a task stands without opening it: a coloured dot with its word for screen readers,
 * the percentage while it runs, a ✕ when it failed. Colour is never the only sign.
 */
export function StatusMark({ stage }: { stage: TaskStage }) {
  const t = useT()
  const word = stageWord(stage)
  const progress = stage.kind === 'running' && stage.progress !== null ? stage.progress : null
  return (
    <span className="flex shrink-0 items-center gap-1 text-xs text-slate-300">
      {/* A picture with a name (not text): the window's own status line says it in words. */}
      <span
        role="img"
        aria-label={t(`status.${word}`)}
        title={t(`status.${word}`)}
        className={`inline-block h-2 w-2 rounded-full ${DOT[word]}`}
      />
      {word === 'failed' && (
        <span aria-hidden="true" className="font-bold text-red-400">
          ✕
        </span>
      )}
      {progress !== null && <span>{Math.round(progress)}%</span>}
    </span>
  )
}
