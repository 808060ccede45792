import { observedPace, type Observation } from './pollPolicy.ts'

export interface ShownProgress {
  /** What the bar shows, 0–99 while running; null while the relay gives no number. */
  value: number | null
  /** Estimated time left, once a pace is known. */
  etaMs: number | null
}

/** The size of the relay's steps (10 % on /v2 relays), from the largest rise seen. */
function largestRise(observations: readonly Observation[]): number {
  let step = 0
  let last: number | null = null
  for (const o of observations) {
    if (o.progress === null) continue
    if (last !== null && o.progress > last) step = Math.max(step, o.progress - last)
    last = o.progress
  }
  return step > 0 ? step : 10
}

/**
 * Relays report in coarse steps: between reports the bar moves on at the observed pace,
 * never backwards, never more than one step past the last report, and below 100 % until
 * the relay says SUCCESS. A pure function of what was seen and the time now.
 */
export function smoothProgress(observations: readonly Observation[], now: number): ShownProgress {
  const reports = observations.filter((o) => o.progress !== null)
  const last = reports[reports.length - 1]
  if (!last) return { value: null, etaMs: null }
  const highest = Math.max(...reports.map((o) => o.progress ?? 0))
  const pace = observedPace(observations)
  if (pace === null) return { value: Math.min(99, highest), etaMs: null }
  const ahead = Math.max(0, now - last.at) * pace
  const value = Math.min(99, highest + largestRise(observations), highest + ahead)
  return { value, etaMs: Math.max(0, (100 - value) / pace) }
}
