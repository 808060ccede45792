import { useT } from '../../lib/i18n/i18n.ts'
import { useComposerActions, useComposerStore } from './composerStore.ts'

/** Said once after "Reuse": what came back, and which reference images did not. */
export function ReusedNote() {
  const t = useT()
  const missing = useComposerStore((s) => s.reusedImagesMissing)
  const { reuseNoticeDismissed } = useComposerActions()
  if (missing === null) return null
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-2 rounded-md border border-sky-800 bg-sky-950/50 p-2 text-sm text-sky-100"
    >
      <p>{missing > 0 ? t('composer.reusedNoImages', { n: missing }) : t('composer.reused')}</p>
      <button type="button" className="btn-ghost btn-sm" onClick={reuseNoticeDismissed}>
        {t('composer.reusedDismiss')}
      </button>
    </div>
  )
}
