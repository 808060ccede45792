import type { TaskStatus } from '../../api/types.ts'

export interface Observation {
  at: number
  status: TaskStatus
  progress: number | null
}

const MIN_MS = 1_500
const MAX_MS = 15_000
const QUEUED_MS = 2_000
const NO_PACE_MS = 3_000

const clamp = (ms: number) => Math.round(Math.min(MAX_MS, Math.max(MIN_MS, ms)))

/** Progress per millisecond between the first and the last report that moved, or null. */
export function observedPace(observations: readonly Observation[]): number | null {
  const withProgress = observations.filter((o) => o.status === 'running' && o.progress !== null)
  const first = withProgress[0]
  const last = withProgress[withProgress.length - 1]
  if (!first || !last || last.at <= first.at) return null
  const pace = ((last.progress ?? 0) - (first.progress ?? 0)) / (last.at - first.at)
  return pace > 0 ? pace : null
}

/**
 * The wait before the next poll: a pure function of what was seen and the time now.
 * Quick while queued; once a pace is known, aim at the next expected step (or the end);
 * false once the task is final.
 */
export function nextPollDelay(observations: readonly Observation[], now: number): number | false {
  const last = observations[observations.length - 1]
  if (!last) return MIN_MS
  if (last.status === 'succeeded' || last.status === 'failed') return false
  if (last.status === 'queued') return QUEUED_MS
  const pace = observedPace(observations)
  if (pace === null) return NO_PACE_MS
  const progress = last.progress ?? 0
  const untilNextStep = Math.min(10, 100 - progress) / pace
  const sinceLast = now - last.at
  return clamp(untilNextStep - sinceLast)
}

/** Capped full-jitter backoff for reads; a readable Retry-After wins. */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  random = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, 120_000)
  const ceiling = Math.min(30_000, 1_000 * 2 ** attempt)
  return Math.round(random() * ceiling)
}
