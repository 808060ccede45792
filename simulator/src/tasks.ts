// Task model. A task stores only when it was created and its frozen scenario; its status
// is derived from the clock on every read, so there are no timers to leak or to race.
import type { Model } from './accounts.ts'
import type { Scenario, TaskScenario } from './scenario.ts'

export type Aspect = '16:9' | '9:16'
export type Status = 'NOT_START' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILURE'

export interface TaskParams {
  model: Model
  aspect: Aspect
  duration: number
  hd: boolean
}

export interface Task extends TaskParams {
  id: string
  owner: string
  action: 'generate' | 'remix'
  prompt: string
  createdMs: number
  /** The prompt tag's keys, merged into every later request about this task. */
  tag: Partial<Scenario>
  /** Timeline and outcome, fixed at creation. */
  fixed: TaskScenario
}

export interface TaskState {
  status: Status
  /** 0–100 in steps of 10, as new-api reports it. */
  progress: number
  startMs: number | null
  finishMs: number | null
}

/** Failures that end the run early; no_video / unsafe_url are "successes" with a bad URL. */
const HARD_FAILURES = new Set(['image_review', 'prompt_review', 'result_review', 'other'])

export function isHardFailure(task: Task): boolean {
  return HARD_FAILURES.has(task.fixed.fail)
}

/** Coarse progress of a run fraction: 10 % … 90 % while running. */
function coarse(fraction: number): number {
  return Math.min(90, Math.max(10, Math.floor(fraction * 10 + 1e-9) * 10))
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
      const progress = task.fixed.failat === 0 ? 0 : coarse(task.fixed.failat)
      return { status: 'FAILURE', progress, startMs, finishMs: failMs }
    }
  }
  const endMs = startMs + runMs
  if (nowMs >= endMs) return { status: 'SUCCESS', progress: 100, startMs, finishMs: endMs }
  return {
    status: 'IN_PROGRESS',
    progress: coarse((nowMs - startMs) / runMs),
    startMs,
    finishMs: null,
  }
}

export function toUnixSeconds(ms: number | null): number {
  return ms === null ? 0 : Math.floor(ms / 1000)
}
