import { useEffect, useRef, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { useKeyWithin } from '../../lib/useKey.ts'

interface Props {
  label: string
  question: string
  confirm: string
  onConfirm: () => void
  /** The button's look (a small one inside a shot). */
  small?: boolean
}

/**
 * An action that loses work asks first, inline (no browser confirm() blocking the page): the
 * keyboard lands on Keep, Esc keeps, and keeping puts it back on the button.
 */
export function AskFirst({ label, question, confirm, onConfirm, small }: Props) {
  const t = useT()
  const [asking, setAsking] = useState(false)
  const keep = useRef<HTMLButtonElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)
  useEffect(() => {
    if (asking) keep.current?.focus()
    else if (asked.current) button.current?.focus()
    asked.current = asking
  }, [asking])
  const escape = useKeyWithin<HTMLDivElement>('Escape', (e) => {
    e.stopPropagation()
    setAsking(false)
  })
  if (!asking)
    return (
      <button
        ref={button}
        type="button"
        className={small ? 'btn-ghost btn-sm' : 'btn-ghost text-red-300'}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    )
  return (
    <div
      ref={escape}
      role="group"
      aria-label={label}
      className="basis-full space-y-2 rounded-md border border-red-900 bg-red-950/40 p-2 text-sm"
    >
      <p>{question}</p>
      <div className="flex gap-2">
        <button ref={keep} type="button" className="btn-ghost" onClick={() => setAsking(false)}>
          {t('board.keep')}
        </button>
        <button
          type="button"
          className="rounded-md bg-red-500 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-400"
          onClick={onConfirm}
        >
          {confirm}
        </button>
      </div>
    </div>
  )
}
