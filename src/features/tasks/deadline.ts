/** A job's age that counts against its deadline: time spent locked does not. */
export function activeAge(
  createdAt: number,
  now: number,
  lockedPeriods: readonly { from: number; to: number | null }[],
): number {
  let locked = 0
  for (const p of lockedPeriods) {
    const from = Math.max(p.from, createdAt)
    const to = Math.min(p.to ?? now, now)
    if (to > from) locked += to - from
  }
  return Math.max(0, now - createdAt - locked)
}

export const DEFAULT_DEADLINE_MS = 60 * 60_000

/** Past its deadline, a job stops polling until the user chooses to keep waiting. */
export function isOverdue(
  record: { createdAt: number; deadlineMs?: number },
  now: number,
  lockedPeriods: readonly { from: number; to: number | null }[],
): boolean {
  return (
    activeAge(record.createdAt, now, lockedPeriods) > (record.deadlineMs ?? DEFAULT_DEADLINE_MS)
  )
}
