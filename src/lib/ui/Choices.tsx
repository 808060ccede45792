import { useId, type ReactNode } from 'react'

interface Choice<V> {
  value: V
  label: ReactNode
  /** Said under the label (and read with it): what the choice means, or why it is off. */
  note?: ReactNode
  disabled?: boolean
}

interface Props<V> {
  legend: ReactNode
  choices: readonly Choice<V>[]
  /** undefined: none chosen yet. */
  value: V | undefined
  onChange: (value: V) => void
  /** Side by side (short labels) or one under another (labels with notes). */
  inline?: boolean
  className?: string
}

/**
 * One of a few: radio buttons in a named group (the arrow keys move between them), the same
 * in every form. Values may be strings, numbers or booleans: they are compared, not printed.
 */
export function Choices<V extends string | number | boolean>({
  legend,
  choices,
  value,
  onChange,
  inline = false,
  className = 'space-y-2 text-sm',
}: Props<V>) {
  const name = useId()
  const noteId = useId()
  return (
    <fieldset className={className}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className={inline ? 'flex flex-wrap gap-4' : 'space-y-2'}>
        {choices.map((c, i) => (
          <label key={String(c.value)} className="flex items-start gap-2">
            <input
              type="radio"
              name={name}
              className="mt-1"
              checked={value === c.value}
              disabled={c.disabled}
              aria-describedby={c.note ? `${noteId}-${i}` : undefined}
              onChange={() => onChange(c.value)}
            />
            <span>
              {c.label}
              {c.note && (
                <span id={`${noteId}-${i}`} className="block text-xs text-slate-400">
                  {c.note}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
