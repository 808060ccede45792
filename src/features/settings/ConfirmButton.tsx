import { useEffect, useRef, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'

interface Props {
  label: string
  question: string
  confirmLabel: string
  onConfirm: () => void | Promise<void>
}

/** A destructive action that asks first, inline: no browser confirm() to block the page. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: Props) {
  const t = useT()
  const [asking, setAsking] = useState(false)
  const keep = useRef<HTMLButtonElement>(null)
  // Keyboard users land on the safe choice when the question appears.
  useEffect(() => {
    if (asking) keep.current?.focus()
  }, [asking])
  if (!asking) {
    return (
      <button type="button" className="btn-ghost text-red-300" onClick={() => setAsking(true)}>
        {label}
      </button>
    )
  }
  return (
    <div
      role="group"
      aria-label={label}
      className="space-y-2 rounded-md border border-red-900 bg-red-950/40 p-2 text-sm"
    >
      <p>{question}</p>
      <div className="flex gap-2">
        <button ref={keep} type="button" className="btn-ghost" onClick={() => setAsking(false)}>
          {t('settings.keepAsked')}
        </button>
        <button
          type="button"
          className="rounded-md bg-red-500 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-400"
          onClick={() => void onConfirm()}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  )
}
