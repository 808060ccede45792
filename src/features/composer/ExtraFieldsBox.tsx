import { useId } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import type { ExtraFields } from './extraFields.ts'

interface Props {
  text: string
  parsed: ExtraFields
  onChange: (text: string) => void
  /** After a Generate attempt the problem is announced; while typing it is shown quietly. */
  showProblem: boolean
}

/** For a model no profile knows: a JSON object of fields to send with the prompt, checked as typed. */
export function ExtraFieldsBox({ text, parsed, onChange, showProblem }: Props) {
  const t = useT()
  const ids = { box: useId(), hint: useId(), problem: useId() }
  return (
    <div className="space-y-1 text-sm">
      <label htmlFor={ids.box} className="font-medium">
        {t('composer.extraFields')}
      </label>
      <textarea
        id={ids.box}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        rows={3}
        spellCheck={false}
        placeholder='{"seed": 7}'
        aria-invalid={parsed.ok ? undefined : true}
        aria-describedby={`${ids.hint}${parsed.ok ? '' : ` ${ids.problem}`}`}
        className="field w-full resize-y font-mono text-xs"
      />
      <p id={ids.hint} className="text-xs text-slate-400">
        {t('composer.extraFieldsHint')}
      </p>
      {!parsed.ok && (
        <p
          id={ids.problem}
          role={showProblem ? 'alert' : undefined}
          className="text-xs text-red-300"
        >
          {t(parsed.problem, parsed.params)}
        </p>
      )}
    </div>
  )
}
