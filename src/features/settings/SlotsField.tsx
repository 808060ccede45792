import { useId } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { MAX_SLOTS } from './slots.ts'

/** How many jobs the app keeps in flight at this relay; the rest wait their turn in the app. */
export function SlotsField({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  const t = useT()
  const ids = { field: useId(), hint: useId() }
  return (
    <div className="space-y-1">
      <label htmlFor={ids.field} className="block text-sm font-medium">
        {t('settings.slots')}
      </label>
      <select
        id={ids.field}
        aria-describedby={ids.hint}
        className="field"
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {Array.from({ length: MAX_SLOTS }, (_, i) => (
          <option key={i + 1} value={i + 1}>
            {i + 1}
          </option>
        ))}
      </select>
      <p id={ids.hint} className="text-xs text-slate-400">
        {t('settings.slotsHint')}
      </p>
    </div>
  )
}
