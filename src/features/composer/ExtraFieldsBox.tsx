import { Field } from '../../lib/ui/Field.tsx'
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
  return (
    <Field
      label={t('composer.extraFields')}
      error={!parsed.ok && t(parsed.problem, parsed.params)}
      announce={showProblem}
      note={<p className="text-slate-400">{t('composer.extraFieldsHint')}</p>}
    >
      {(control) => (
        <textarea
          {...control}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          rows={3}
          spellCheck={false}
          placeholder='{"seed": 7}'
          className="field w-full resize-y font-mono text-xs"
        />
      )}
    </Field>
  )
}
