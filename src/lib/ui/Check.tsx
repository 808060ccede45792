import { useId, type ReactNode } from 'react'

interface Props {
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  /** Said under the box and read with it, e.g. why it cannot be ticked now. */
  note?: ReactNode
  disabled?: boolean
  className?: string
}

/** A checkbox with its label and an optional note, the same in every form. */
export function Check({ label, checked, onChange, note, disabled, className = 'text-sm' }: Props) {
  const noteId = useId()
  return (
    <div className={`space-y-1 ${className}`}>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={note ? noteId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      {note && (
        <p id={noteId} className="text-xs text-slate-400">
          {note}
        </p>
      )}
    </div>
  )
}
