import type { ReactNode } from 'react'
import { Field } from './Field.tsx'

interface Props {
  /** Read by screen readers: the box's place beside its list says what it is to the eye. */
  label: ReactNode
  button: ReactNode
  value: string
  onChange: (value: string) => void
  onAdd: () => void
  placeholder?: string
  type?: 'text' | 'url'
  /** Text said elsewhere about what was added (a problem with it). */
  describedBy?: string
  className?: string
}

/** A one-line box that adds what is typed to a list, with Enter or its button. */
export function AddBox({
  label,
  button,
  value,
  onChange,
  onAdd,
  placeholder,
  type = 'text',
  describedBy,
  className = '',
}: Props) {
  return (
    <div className="flex min-w-0 flex-1 items-start gap-2">
      <div className="min-w-0 flex-1">
        <Field label={label} hideLabel describedBy={describedBy}>
          {(control) => (
            <input
              {...control}
              type={type}
              className={`field w-full ${className}`}
              placeholder={placeholder}
              value={value}
              onChange={(e) => onChange(e.target.value)}
              onKeyDown={(e) => {
                // Enter adds; it must not submit the form around the box.
                if (e.key === 'Enter') {
                  e.preventDefault()
                  onAdd()
                }
              }}
            />
          )}
        </Field>
      </div>
      <button type="button" className="btn-outline" onClick={onAdd}>
        {button}
      </button>
    </div>
  )
}
