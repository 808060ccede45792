import { useT } from '../../lib/i18n/i18n.ts'
import { profileFor } from './profiles/registry.ts'
import type { SwitchChange } from './profiles/switching.ts'

export interface SwitchNoteData {
  model: string
  changes: SwitchChange[]
}

/** One line after a model switch: what the new model dropped or set differently. */
export function SwitchNote({ note }: { note: SwitchNoteData }) {
  const t = useT()
  const profile = profileFor(note.model)
  const parts = note.changes.map((c) => {
    if (c.kind === 'removed')
      return t('composer.switch.removed', { profile: t(profile.name), field: t(c.field) })
    const field = profile.fields.find((f) => f.label === c.field)
    const option =
      field?.kind === 'choice' ? field.options.find((o) => o.value === c.to) : undefined
    const value = option ? t(option.label, option.params) : String(c.to)
    return t('composer.switch.reset', { field: t(c.field), value })
  })
  return (
    <p role="status" className="text-xs text-amber-200">
      {parts.join('; ')}
    </p>
  )
}
