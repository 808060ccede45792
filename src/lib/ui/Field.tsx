import { useId, type ReactNode } from 'react'

/** What a field gives its control: its id, and the links to what is said about it. */
interface ControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
}

interface Props {
  label: ReactNode
  /** Said below the control while there is no error: a hint, a count, a saved key's end. */
  hint?: ReactNode
  /** Replaces the hint, is announced (role="alert"), and marks the control invalid. */
  error?: ReactNode
  /** Said below in every case (a note on what was changed), after the hint or the error. */
  note?: ReactNode
  /** Small print, for a form inside a window. */
  small?: boolean
  /** Whether the error is announced now (after a Generate) or shown quietly (while typing). */
  announce?: boolean
  /** The control, given its id, description and validity. */
  children: (control: ControlProps) => ReactNode
}

/**
 * A labelled control with what is said about it: one shape for every form (settings, unlock,
 * composer, remix), so a label, a hint and an error are wired to the control the same way
 * everywhere (`htmlFor`, `aria-describedby`, `aria-invalid`, an announced error).
 */
export function Field({
  label,
  hint,
  error,
  note,
  small = false,
  announce = true,
  children,
}: Props) {
  const id = useId()
  const about = useId()
  const said = Boolean(error || hint || note)
  const text = small ? 'text-xs' : 'text-sm'
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={`${text} font-medium`}>
        {label}
      </label>
      {children({
        id,
        'aria-describedby': said ? about : undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {said && (
        <div id={about} className="space-y-1 text-xs">
          {error ? (
            <p role={announce ? 'alert' : undefined} className={`${text} text-red-300`}>
              {error}
            </p>
          ) : (
            hint
          )}
          {note}
        </div>
      )}
    </div>
  )
}
