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
  /** Marks the control invalid where the error is said once for several fields (`FieldError`). */
  invalid?: boolean
  /** Links the control to text said elsewhere, e.g. that shared error. */
  describedBy?: string
  /** A label for screen readers only, where the control's place says what it is. */
  hideLabel?: boolean
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
  invalid = false,
  describedBy,
  hideLabel = false,
  children,
}: Props) {
  const id = useId()
  const about = useId()
  const said = Boolean(error || hint || note)
  const text = small ? 'text-xs' : 'text-sm'
  const described = [said ? about : null, describedBy].filter(Boolean).join(' ')
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : `block ${text} font-medium`}>
        {label}
      </label>
      {children({
        id,
        'aria-describedby': described || undefined,
        'aria-invalid': error || invalid ? true : undefined,
      })}
      {said && (
        <div id={about} className="space-y-1 text-xs">
          {error ? (
            <FieldError small={small} announce={announce}>
              {error}
            </FieldError>
          ) : (
            hint
          )}
          {note}
        </div>
      )}
    </div>
  )
}

/** What is wrong, said as every form says it: alone, or once below fields that share it. */
export function FieldError({
  id,
  small = false,
  announce = true,
  children,
}: {
  id?: string
  small?: boolean
  announce?: boolean
  children: ReactNode
}) {
  return (
    <p
      id={id}
      role={announce ? 'alert' : undefined}
      className={`${small ? 'text-xs' : 'text-sm'} text-red-300`}
    >
      {children}
    </p>
  )
}
