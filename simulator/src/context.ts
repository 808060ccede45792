// Per-simulator state and per-request context, plus the steps most routes share:
// authentication, finding the caller's task, and the fault/rate-limit gate.
import { validKey, invalidTokenMessage, type Account, type Accounts } from './accounts.ts'
import { drawFault, sendFault } from './faults.ts'
import { apiError, sendJson, type Reply } from './http.ts'
import type { IdGen } from './prng.ts'
import { mergeScenario, type Scenario } from './scenario.ts'
import type { Where } from './shapes.ts'
import type { Task } from './tasks.ts'

export interface SimState {
  defaults: Partial<Scenario>
  timeScale: number
  now: () => number
  log: (line: string) => void
  faultRng: () => number
  ids: IdGen
  accounts: Accounts
  tasks: Map<string, Task>
  mediaDir: string
}

export interface Ctx extends Reply, Where {
  sim: SimState
  method: string
  /** Path below the mount prefix, still percent-encoded. */
  pathname: string
  /** Keys from the X-Sim-Scenario header (the top layer). */
  header: Partial<Scenario>
  /** Extra words for the log line (fault injected, task id…). */
  notes: string[]
}

/** Effective scenario: defaults < the task's prompt tag < header; the task's frozen keys win. */
export function scenarioFor(ctx: Ctx, task?: Task): Scenario {
  if (!task) return mergeScenario(ctx.sim.defaults, ctx.header)
  return { ...mergeScenario(ctx.sim.defaults, task.tag, ctx.header), ...task.fixed }
}

/** The caller's account, or undefined after answering 401 like new-api does. */
export function authenticate(ctx: Ctx): Account | undefined {
  const key = validKey(ctx.req)
  if (key !== undefined) return ctx.sim.accounts.get(key)
  const requestId = ctx.sim.ids.requestId(ctx.sim.now())
  sendJson(ctx, 401, apiError(invalidTokenMessage(ctx.req, requestId), 'new_api_error'))
  return undefined
}

/** A task by (percent-encoded) path segment, only if the caller owns it. */
export function ownTask(ctx: Ctx, account: Account, segment: string): Task | undefined {
  let id: string
  try {
    id = decodeURIComponent(segment)
  } catch {
    return undefined
  }
  const task = ctx.sim.tasks.get(id)
  return task?.owner === account.key ? task : undefined
}

/** Draws this GET's luck; true when a fault or 429 was sent and the route must stop. */
export function faulted(ctx: Ctx): boolean {
  const fault = drawFault(ctx.sim.faultRng, ctx.scenario)
  if (fault === null) return false
  ctx.notes.push(`fault=${fault}`)
  sendFault(ctx, fault)
  return true
}
