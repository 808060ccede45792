import { useId } from 'react'
import { loadStringsPart, useT } from '../../lib/i18n/i18n.ts'
import { useComposerStore } from './composerStore.ts'
import { EXAMPLES, exampleStrings } from './exampleStrings.ts'

/**
 * The workspace before the first job: where windows will appear, and a few prompts to start
 * from. Picking one fills the prompt box (nothing is sent: Generate stays the user's click).
 */
function FirstSteps() {
  const t = useT()
  const promptChanged = useComposerStore((s) => s.actions.promptChanged)
  const titleId = useId()
  const pick = (prompt: string) => {
    promptChanged(prompt)
    document.querySelector<HTMLTextAreaElement>('form textarea')?.focus()
  }
  return (
    <section
      aria-labelledby={titleId}
      className="max-w-xl space-y-3 rounded-xl border border-dashed border-slate-700 p-5 text-sm text-slate-300"
    >
      <h2 id={titleId} className="text-base font-semibold text-slate-100">
        {t('firstSteps.title')}
      </h2>
      <p>{t('firstSteps.where')}</p>
      <p className="text-slate-400">{t('firstSteps.try')}</p>
      <ul className="space-y-1">
        {EXAMPLES.slice(0, 3).map((key) => (
          <li key={key}>
            <button
              type="button"
              className="w-full rounded-md border border-slate-700 px-3 py-2 text-left hover:bg-slate-800"
              onClick={() => pick(t(key))}
            >
              {t(key)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The panel with its strings: it shows only after the first paint, so it waits for neither. */
export const loadFirstSteps = () =>
  loadStringsPart(exampleStrings).then(() => ({ default: FirstSteps }))
