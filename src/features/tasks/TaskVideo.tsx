import { useT } from '../../lib/i18n/i18n.ts'
import { explainUnknown } from './describe.ts'
import { ExplanationView } from './Explanation.tsx'
import { useMediaSource } from './useMediaSource.ts'

/** The finished clip; a result behind the key is played from a blob. */
export function TaskVideo({ url }: { url: string }) {
  const t = useT()
  const { src, error } = useMediaSource(url)
  if (error) return <ExplanationView explanation={explainUnknown(error)} />
  if (!src)
    return (
      <p role="status" className="text-sm text-slate-300">
        {t('task.loadingVideo')}
      </p>
    )
  return (
    <video
      src={src}
      aria-label={t('task.video')}
      controls
      autoPlay
      muted
      loop
      playsInline
      className="h-full max-h-full w-full rounded-md bg-black object-contain"
    />
  )
}
