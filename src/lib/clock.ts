/**
 * The app's time: wall-clock milliseconds that never jump while the page is open. It starts
 * from `Date.now()` and then moves with `performance.now()`, which a change of the system
 * clock (a user setting it, a sync, a time-zone fix) does not move. A jump of the wall clock
 * is measured and left out, so a +2 h jump never makes a running task look two hours late,
 * and a −2 h jump never makes a poll wait two hours. Used for everything the app measures:
 * poll waits, a task's age against its deadline, the time spent locked, elapsed labels.
 *
 * Across a reload the anchor is the wall clock again (the only time the page can know then);
 * stored timestamps are on the same scale, so they read as before unless the clock moved
 * while no page was open. A computer asleep with the page open stops `performance.now()`:
 * that time is left out too, so a task's deadline counts only time the app was awake to
 * see (the relay's own clock, its `Date` header, is not exposed across origins).
 */

/** Disagreements between the two clocks smaller than this are drift, not a jump. */
const JUMP_MS = 1_000

let last: { wall: number; mono: number } | null = null
let offset = 0

export function now(): number {
  const wall = Date.now()
  const mono = performance.now()
  if (last && mono >= last.mono) {
    const jump = wall - last.wall - (mono - last.mono)
    if (Math.abs(jump) > JUMP_MS) offset -= jump
  }
  last = { wall, mono }
  return wall + offset
}
