import { useSentences, useT } from '../../lib/i18n/i18n.ts'
import { profileFor } from '../../profiles/registry.ts'
import type { SwitchChange } from '../../profiles/switching.ts'

export interface SwitchNoteData {
  model: string
  changes: SwitchChange[]
}

/** One line after a model switch: which values changed for the new model, and what it does not use. */
export function SwitchNote({ note }: { note: SwitchNoteData }) {
  const t = useT()
  const sentences = useSentences()
  const profile = profileFor(note.model)
  const list = (xs: string[]) => xs.join(t('list.separator'))
  const changed = note.changes.flatMap((c) => {
    if (c.kind !== 'reset') return []
    const field = profile.fields.find((f) => f.label === c.field)
    const option =
      field?.kind === 'choice' ? field.options.find((o) => o.value === c.to) : undefined
    return [`${t(c.field)} → ${option ? t(option.label, option.params) : String(c.to)}`]
  })
  const unused = note.changes.flatMap((c) => (c.kind === 'removed' ? [t(c.field)] : []))
  const text = sentences([
    changed.length > 0
      ? t('composer.switch.changed', { model: note.model, changes: list(changed) })
      : '',
    unused.length > 0
      ? t('composer.switch.unused', { model: note.model, fields: list(unused) })
      : '',
  ])
  return (
    <p role="status" className="text-xs text-amber-200">
      {text}
    </p>
  )
}
