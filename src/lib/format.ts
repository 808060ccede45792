import type { MessageKey } from './i18n/i18n.ts'

// Numbers as the app shows them, in one place: the header, the composer, the settings and the
// windows must never word the same quantity two ways.

/** new-api's QuotaPerUnit: raw quota ÷ 500,000 is what the relay's own site shows. */
const QUOTA_PER_UNIT = 500_000

/** Raw quota units in the relay's display units ("12.50"). */
export const formatQuota = (raw: number) =>
  (raw / QUOTA_PER_UNIT).toLocaleString(undefined, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })

/** A price list's per-request price (display units) as raw quota, to set beside the balance. */
export const priceAsQuota = (price: number) => price * QUOTA_PER_UNIT

/** A duration as m:ss ("1:05"): time waited, time left. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const m = Math.floor(s / 60)
  return `${m}:${String(s % 60).padStart(2, '0')}`
}

/** How long ago, in the largest whole unit: "41 s ago", "3 min ago", "2 h ago", "5 d ago". */
export function ageOf(ms: number): [MessageKey, { n: number }] {
  const s = Math.max(0, Math.floor(ms / 1000))
  if (s < 60) return ['history.ageSeconds', { n: s }]
  if (s < 3600) return ['history.ageMinutes', { n: Math.floor(s / 60) }]
  if (s < 48 * 3600) return ['history.ageHours', { n: Math.floor(s / 3600) }]
  return ['history.ageDays', { n: Math.floor(s / 86400) }]
}

/**
 * A moment as a clock time in the user's language ("15:42"), with the day when it is not
 * today ("Nov 30, 15:42" / "11月30日 15:42"): a relay link's end, said without a ticking clock.
 */
export function formatMoment(at: number, locale: 'en' | 'zh', today = Date.now()): string {
  const date = new Date(at)
  const sameDay = date.toDateString() === new Date(today).toDateString()
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', {
    ...(!sameDay && { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date)
}
