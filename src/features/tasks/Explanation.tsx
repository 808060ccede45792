import { useT } from '../../lib/i18n/i18n.ts'
import type { Explanation } from './describe.ts'

/** What happened, what to do, and the relay's own words. */
export function ExplanationView({
  explanation,
  hint,
  children,
}: {
  explanation: Explanation
  /** In place of the explanation's own hint: advice that needs more than a sentence. */
  hint?: React.ReactNode
  children?: React.ReactNode
}) {
  const t = useT()
  return (
    <div role="alert" className="space-y-2 rounded-md bg-red-950/40 p-3 text-sm text-red-100">
      <p className="font-semibold">{t(explanation.title)}</p>
      {hint ?? <p>{t(explanation.hint)}</p>}
      {explanation.detail && (
        <p className="break-words text-xs text-red-200/80">
          {t('task.relaySaid', { text: explanation.detail })}
        </p>
      )}
      {children}
    </div>
  )
}
