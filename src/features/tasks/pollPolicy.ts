import type { TaskStatus } from '../../api/types.ts'
import { isFinalStatus } from './stage.ts'

export interface Observation {
  at: number
  status: TaskStatus
  progress: number | null
}

/** A point on the job's progress line: when it stood at `progress`, give or take `spread`. */
interface Anchor {
  at: number
  progress: number
  /** The width of the window it happened in (0 where the number was read live). */
  spread: number
}

const MIN_MS = 1_500
/** When an appointment has already passed: ask almost at once (0 would stop react-query). */
const SOON_MS = 250
const FIRST_MS = 2_000
/** Queued, or no pace yet: waits grow with the time waited, up to this. */
const WAIT_MAX_MS = 15_000
/** Past the expected end: stay close, the result is due any moment. */
const CLOSE_MAX_MS = 6_000
/** Aiming at an expected step or end: never longer than this. */
const AIM_MAX_MS = 60_000
/** A coarse relay that stopped stepping: its end is a guess, so look every so often. */
const STALLED_MAX_MS = 8_000
/** Rises of at least this many points are a coarse relay's steps, not a live number. */
const COARSE_RISE = 5

const clamp = (ms: number, max: number) => Math.round(Math.min(max, Math.max(MIN_MS, ms)))
/** Waiting on nothing in particular: each wait as long as the time waited so far. */
const growing = (since: number, max: number) => clamp(Math.max(FIRST_MS, since), max)

/**
 * Points on the job's progress line: its start (0 % between the last queued and the first
 * running read) and each rise. A coarse relay's step happened somewhere between the two
 * reads around it, so it is placed in the middle; a live number is placed where it was read.
 */
function progressAnchors(observations: readonly Observation[]): Anchor[] {
  const anchors: Anchor[] = []
  let prev: Observation | undefined
  for (const o of observations) {
    if (o.status === 'running') {
      const gap = prev ? o.at - prev.at : 0
      if (prev?.status === 'queued') anchors.push({ at: o.at - gap / 2, progress: 0, spread: gap })
      const before = prev?.status === 'running' ? prev.progress : null
      if (o.progress !== null && before !== null && o.progress > before) {
        const coarse = o.progress - before >= COARSE_RISE
        anchors.push(
          coarse
            ? { at: o.at - gap / 2, progress: o.progress, spread: gap }
            : { at: o.at, progress: o.progress, spread: 0 },
        )
      } else if (o.progress !== null && anchors.length === 0) {
        anchors.push({ at: o.at, progress: o.progress, spread: 0 })
      }
    }
    prev = o
  }
  return anchors
}

/**
 * Progress per millisecond: a least-squares slope through the anchors, each weighted by how
 * precisely it is known (a step seen between two close reads counts far more than one seen
 * a whole step after the last read); null before a rise.
 */
export function observedPace(observations: readonly Observation[]): number | null {
  return paceOf(progressAnchors(observations))
}

function paceOf(points: readonly Anchor[]): number | null {
  if (points.length < 2) return null
  const weights = points.map((p) => 1 / (p.spread + 1_000) ** 2)
  const total = weights.reduce((a, w) => a + w, 0)
  const meanT = points.reduce((a, p, i) => a + weights[i]! * p.at, 0) / total
  const meanP = points.reduce((a, p, i) => a + weights[i]! * p.progress, 0) / total
  let cov = 0
  let varT = 0
  points.forEach((p, i) => {
    cov += weights[i]! * (p.at - meanT) * (p.progress - meanP)
    varT += weights[i]! * (p.at - meanT) ** 2
  })
  const pace = varT > 0 ? cov / varT : 0
  return pace > 0 ? pace : null
}

/** The relay's granularity: its smallest rise (10 points on /v2 relays until seen). */
function smallestRise(observations: readonly Observation[]): number {
  let step = Infinity
  let last: number | null = null
  for (const o of observations) {
    if (o.status !== 'running' || o.progress === null) continue
    if (last !== null && o.progress > last) step = Math.min(step, o.progress - last)
    last = o.progress
  }
  return Number.isFinite(step) ? step : 10
}

/**
 * The wait before the next poll: a pure function of what was seen and the time now; false
 * once the task is final. Queued, or running without a pace: waits that grow with the time
 * waited. With a pace: a read when a coarse relay's next step is due (the bar stays honest),
 * a few more if it is late; otherwise (a live number, or a relay that stopped stepping)
 * halfway to the expected end, closing in on it; past the end, reads close together.
 */
export function nextPollDelay(observations: readonly Observation[], now: number): number | false {
  const last = observations[observations.length - 1]
  if (!last) return MIN_MS
  if (isFinalStatus(last.status)) return false
  // Every wait is counted from the last read, so asking again later (a re-render, a tab
  // shown) keeps the same appointment instead of pushing it back.
  // Never more than the longest wait either: a read stamped in the future (a clock that
  // moved back between two reads) must not put the next one off by the jump.
  const after = (wait: number) =>
    Math.min(AIM_MAX_MS, Math.max(SOON_MS, Math.round(last.at + wait - now)))
  const anchors = progressAnchors(observations)
  const pace = last.status === 'running' ? paceOf(anchors) : null
  const anchor = anchors.at(-1)
  // Nothing to aim at yet: waits grow with the whole wait, queued time included.
  if (pace === null || !anchor) return after(growing(last.at - observations[0]!.at, WAIT_MAX_MS))

  const endAt = anchor.at + (100 - anchor.progress) / pace
  const step = smallestRise(observations)
  const level = last.progress ?? anchor.progress
  const stepMs = step / pace
  const nextStepAt = anchor.at + (Math.min(100, level + step) - anchor.progress) / pace
  // The last step is the result: aim close and look again soon; a step before it can wait
  // a little (a read just after a step beats one just before it).
  const final = level + step >= 100
  if (step >= COARSE_RISE && nextStepAt > last.at) {
    const margin = final ? 0 : stepMs * 0.15
    return after(clamp(nextStepAt + margin - last.at, AIM_MAX_MS))
  }
  if (step >= COARSE_RISE && last.at < nextStepAt + stepMs) {
    // The step is late: look again a few times before deciding the relay has stalled.
    return after(clamp(stepMs / (final ? 10 : 4), CLOSE_MAX_MS))
  }
  if (endAt > last.at) {
    const left = endAt - last.at
    const max = step >= COARSE_RISE ? STALLED_MAX_MS : AIM_MAX_MS
    return after(clamp(left < 2 * MIN_MS ? left + 500 : left / 2, max))
  }
  return after(growing(last.at - endAt, CLOSE_MAX_MS))
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
