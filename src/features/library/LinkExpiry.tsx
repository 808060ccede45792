import { useEffect, useReducer } from 'react'
import { now } from '../../lib/clock.ts'
import { formatMoment } from '../../lib/format.ts'
import { useLocale, useT } from '../../lib/i18n/i18n.ts'

/** setTimeout's longest wait; a later end is looked at again then. */
const LONGEST = 2 ** 31 - 1

/**
 * When the relay's link to a video not kept here ends (OpenAI's `expires_at`, where the
 * relay gives one): the one thing to do about it is to download before then. Re-rendered
 * once, when the moment passes, not every second.
 */
/** `held`: the window has the video's bytes (a blob), so it can still be downloaded after the end. */
export function LinkExpiry({ expiresAt, held = false }: { expiresAt: number; held?: boolean }) {
  const t = useT()
  const locale = useLocale()
  const [, passed] = useReducer((n: number) => n + 1, 0)
  const past = now() >= expiresAt
  useEffect(() => {
    if (past) return
    const timer = setTimeout(passed, Math.min(expiresAt - now(), LONGEST))
    return () => clearTimeout(timer)
  }, [past, expiresAt])
  const time = formatMoment(expiresAt, locale, now())
  return (
    <p className={`text-xs ${past ? 'text-slate-400' : 'text-amber-200'}`}>
      {t(
        past ? (held ? 'library.link.expiredHeld' : 'library.link.expired') : 'library.link.until',
        { time },
      )}
    </p>
  )
}
