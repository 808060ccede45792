// Task model. A task stores only when it was created and its frozen scenario; its status
// is derived from the clock on every read, so there are no timers to leak or to race.
import type { Family } from './models.ts'
import type { Scenario, Steps, TaskScenario } from './scenario.ts'

export type Aspect = '16:9' | '9:16' | '1:1' | '2:3' | '3:2'
type Status = 'NOT_START' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILURE'

/** What a validated create fixes about the video, whatever the family's field names. */
export interface TaskParams {
  model: string
  family: Family
  aspect: Aspect
  /** Seconds, for the guide shape (veo takes none: its clips are 8 s). */
  duration: number
  /** `1280x720`-style, for the guide shape. */
  size: string
}

export interface Task extends TaskParams {
  id: string
  owner: string
  action: 'generate' | 'remix' | 'extend'
  prompt: string
  createdMs: number
  /** The prompt tag's keys, merged into every later request about this task. */
  tag: Partial<Scenario>
  /** Timeline and outcome, fixed at creation. */
  fixed: TaskScenario
}

export interface TaskState {
  status: Status
  /** 0–100 in the task's `steps` (10 % by default, as new-api reports it). */
  progress: number
  startMs: number | null
  finishMs: number | null
}

/** Failures that end the run early; no_video / unsafe_url are "successes" with a bad URL. */
const HARD_FAILURES = new Set(['image_review', 'prompt_review', 'result_review', 'other'])

function isHardFailure(task: Task): boolean {
  return HARD_FAILURES.has(task.fixed.fail)
}

/** The values a relay reports while running: n, 2n … below 100 for a stride, else the list. */
function stepValues(steps: Steps): number[] {
  if (Array.isArray(steps)) return steps
  const values: number[] = []
  for (let v = steps; v < 100; v += steps) values.push(v)
  return values
}

/** Reported progress at a run fraction: the largest step reached, or the first step. */
function coarse(fraction: number, steps: Steps): number {
  const values = stepValues(steps)
  const truth = fraction * 100 + 1e-9 // so 0.3 of the run reads 30 %, not 29.999…
  return values.reduce((seen, v) => (v <= truth ? v : seen), values[0] ?? 0)
}

export function taskState(task: Task, nowMs: number, timeScale: number): TaskState {
  const unit = 1000 * timeScale * task.fixed.scale
  const startMs = task.createdMs + task.fixed.queue * unit
  const runMs = task.fixed.len * unit
  if (nowMs < startMs) return { status: 'NOT_START', progress: 0, startMs: null, finishMs: null }

  if (isHardFailure(task)) {
    const failMs = startMs + task.fixed.failat * runMs
    if (nowMs >= failMs) {
      // Keep the progress reached when it failed, like a relay that stops updating.
      const progress = task.fixed.failat === 0 ? 0 : coarse(task.fixed.failat, task.fixed.steps)
      return { status: 'FAILURE', progress, startMs, finishMs: failMs }
    }
  }
  const endMs = startMs + runMs
  if (nowMs >= endMs) return { status: 'SUCCESS', progress: 100, startMs, finishMs: endMs }
  return {
    status: 'IN_PROGRESS',
    progress: coarse((nowMs - startMs) / runMs, task.fixed.steps),
    startMs,
    finishMs: null,
  }
}

export function toUnixSeconds(ms: number | null): number {
  return ms === null ? 0 : Math.floor(ms / 1000)
}
