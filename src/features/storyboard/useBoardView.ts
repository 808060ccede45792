import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Moving a shot keeps the keyboard where it was: React may re-insert the focused card's nodes
 * (which blurs them), so focus is put back, or on the card's heading where the button pressed
 * is now disabled (a shot moved to the top by "up").
 */
export function useKeepFocus() {
  const [, bump] = useState(0)
  const pending = useRef<{ active: HTMLElement | null; fallback: string } | null>(null)
  useEffect(() => {
    const p = pending.current
    if (!p) return
    pending.current = null
    const { active, fallback } = p
    if (active?.isConnected && document.activeElement === active) return
    if (active?.isConnected && !(active as HTMLButtonElement).disabled) return active.focus()
    document.querySelector<HTMLElement>(fallback)?.focus()
  })
  return useCallback((fallback: string) => {
    pending.current = {
      active: document.activeElement instanceof HTMLElement ? document.activeElement : null,
      fallback,
    }
    bump((n) => n + 1)
  }, [])
}
