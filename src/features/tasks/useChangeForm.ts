import { useEffect, useRef, useState } from 'react'
import { useKeyWithin } from '../../lib/useKey.ts'

/**
 * A follow-up form's open state and focus (Remix, Extend): opening puts the keyboard in its
 * prompt; Esc closes it (before the window hears the key and steps back); closing, by Esc,
 * Cancel or a send, puts the keyboard back on the button that opened it, not on the page.
 */
export function useChangeForm() {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const box = useRef<HTMLTextAreaElement>(null)
  const wasOpen = useRef(false)
  useEffect(() => {
    if (open) box.current?.focus()
    else if (wasOpen.current) button.current?.focus()
    wasOpen.current = open
  }, [open])
  const escape = useKeyWithin<HTMLFormElement>('Escape', (e) => {
    e.stopPropagation()
    setOpen(false)
  })
  return { open, setOpen, button, box, escape }
}
