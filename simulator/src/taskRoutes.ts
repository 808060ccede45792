// Routes that create or read tasks: create, status, remix and private content.
import { INITIAL_QUOTA, recordRequest, type Account } from './accounts.ts'
import { authenticate, faulted, ownTask, scenarioFor, type Ctx } from './context.ts'
import { sendFault } from './faults.ts'
import {
  HTML_413,
  apiError,
  readBody,
  send,
  sendBadRequest,
  sendHtml,
  sendJson,
  sendMissingRoute,
} from './http.ts'
import { loadClip, loadPoster, sendVideo, type Clip } from './media.ts'
import { taskCost } from './models.ts'
import { mergeScenario, pickTaskKeys, promptScenario, type Scenario } from './scenario.ts'
import { clipName, guideStatus, realStatus, remixBody, resultUrl, wrapSuccess } from './shapes.ts'
import { taskState, type Task, type TaskParams } from './tasks.ts'
import { parseJson, parseMultipart, validPrompt, validateCreate } from './validate.ts'

/**
 * Steps every create/remix shares before touching the account: body size, the one-shot
 * `createfault` (header only: a client must never need to retry a create by itself), auth,
 * then recording the body for tests. Returns undefined once an answer was sent.
 */
export async function intake(
  ctx: Ctx,
  beforeAuth?: () => boolean,
): Promise<{ account: Account; body: unknown } | undefined> {
  const { text, raw, tooLarge } = await readBody(ctx.req)
  if (tooLarge) return void sendHtml(ctx, 413, HTML_413)
  const fault = ctx.header.createfault
  if (fault !== undefined && fault !== 'none' && fault !== 'drop') {
    ctx.notes.push(`createfault=${fault}`)
    return void sendFault(ctx, fault)
  }
  if (beforeAuth?.()) return undefined
  const account = authenticate(ctx)
  if (!account) return undefined
  const type = String(ctx.req.headers['content-type'] ?? '')
  const parsed = /^multipart\/form-data/i.test(type)
    ? await parseMultipart(raw, type)
    : parseJson(text)
  const body = parsed.ok ? parsed.value : text
  recordRequest(account, {
    method: ctx.method,
    path: ctx.pathname,
    body,
    receivedAt: ctx.sim.now(),
  })
  if (!parsed.ok) return void sendBadRequest(ctx, parsed.message)
  return { account, body }
}

/** Charges the account and stores the task, or answers 403 when the quota is short. */
export function spawn(
  ctx: Ctx,
  account: Account,
  params: TaskParams,
  prompt: string,
  action: Task['action'],
): Task | undefined {
  const tag = promptScenario(prompt)
  const s: Scenario = mergeScenario(ctx.sim.defaults, tag, ctx.header)
  ctx.scenario = s
  const running = unfinished(ctx, account)
  if (s.maxrunning > 0 && running >= s.maxrunning) {
    // new-api's TokenConcurrencyGate: not accepted, nothing charged, no task id.
    account.busyRefusals++
    sendJson(
      ctx,
      429,
      apiError(
        '当前令牌并发请求数已达上限，请稍后再试 / too many concurrent requests for this token',
        'new_api_error',
        'token_concurrency_limit_reached',
      ),
    )
    return undefined
  }
  // As /api/pricing says: flat per request (a client can quote it upfront), or by length and size.
  const cost = taskCost(params, s.billing)
  if (!s.unlimited && account.used + cost > INITIAL_QUOTA) {
    sendJson(
      ctx,
      403,
      apiError('用户额度不足 / insufficient quota', 'new_api_error', 'insufficient_user_quota'),
    )
    return undefined
  }
  const now = ctx.sim.now()
  const id = newTaskId(ctx, params, s, now)
  const task: Task = {
    ...params,
    id,
    owner: account.key,
    action,
    prompt,
    createdMs: now,
    tag,
    fixed: pickTaskKeys(s),
  }
  account.used += cost
  account.peakRunning = Math.max(account.peakRunning, running + 1)
  ctx.sim.tasks.set(id, task)
  ctx.notes.push(`task=${id}`)
  return task
}

/** How many of the account's tasks are queued or running now. */
export function unfinished(ctx: Ctx, account: Account): number {
  const now = ctx.sim.now()
  let n = 0
  for (const task of ctx.sim.tasks.values()) {
    if (task.owner !== account.key) continue
    const { status } = taskState(task, now, ctx.sim.timeScale)
    if (status !== 'SUCCESS' && status !== 'FAILURE') n++
  }
  return n
}

/** Sora ids follow `idstyle`; other families always carry their prefix (`veo3:…`, `grok:…`). */
function newTaskId(ctx: Ctx, params: TaskParams, s: Scenario, nowMs: number): string {
  const { ids } = ctx.sim
  const seconds = Math.floor(nowMs / 1000)
  if (params.family !== 'sora') return ids.colon(seconds, params.family)
  return s.idstyle === 'colon' ? ids.colon(seconds) : s.idstyle === 'uuid' ? ids.uuid() : ids.task()
}

/** `createfault=drop`: the relay got the request (task made, quota charged), the answer is lost. */
export function dropped(ctx: Ctx): boolean {
  if (ctx.header.createfault !== 'drop') return false
  ctx.notes.push('createfault=drop')
  ctx.res.destroy()
  return true
}

export async function createRoute(ctx: Ctx): Promise<void> {
  const got = await intake(ctx)
  if (!got) return
  const checked = validateCreate(got.body)
  if (!checked.ok) return sendBadRequest(ctx, checked.message)
  const { prompt, ...params } = checked.value
  const task = spawn(ctx, got.account, params, prompt, 'generate')
  if (!task || dropped(ctx)) return
  sendJson(ctx, 200, { task_id: task.id })
}

export async function remixRoute(ctx: Ctx, segment: string): Promise<void> {
  // A relay without the route answers before auth, like any unrouted path.
  const missing = (): boolean => {
    if (ctx.scenario.remix === 'yes') return false
    sendMissingRoute(ctx, ctx.scenario.remix)
    return true
  }
  const got = await intake(ctx, missing)
  if (!got) return
  const prompt = (got.body as { prompt?: unknown } | null)?.prompt
  if (!validPrompt(prompt))
    return sendBadRequest(ctx, 'prompt is required and must be a non-empty string')
  const parent = ownTask(ctx, got.account, segment)
  if (parent && parent.family !== 'sora') {
    return sendJson(ctx, 400, {
      code: 'invalid_request',
      message: 'remix is only supported for sora tasks',
      data: null,
    })
  }
  const ready = parent && taskState(parent, ctx.sim.now(), ctx.sim.timeScale).status === 'SUCCESS'
  if (!parent || !ready) {
    return sendJson(ctx, 400, {
      code: 'task_not_exist',
      message: 'task_origin_not_exist',
      data: null,
    })
  }
  const { model, family, aspect, duration, size } = parent
  const task = spawn(ctx, got.account, { model, family, aspect, duration, size }, prompt, 'remix')
  if (!task || dropped(ctx)) return
  sendJson(ctx, 200, remixBody(task))
}

export function statusRoute(ctx: Ctx, account: Account, segment: string): void {
  const task = ownTask(ctx, account, segment)
  ctx.scenario = scenarioFor(ctx, task)
  if (faulted(ctx)) return
  // new-api's answer for an unknown (or someone else's) task: success with no data.
  if (!task) return sendJson(ctx, 200, { code: 'success', message: '', data: null })
  const state = taskState(task, ctx.sim.now(), ctx.sim.timeScale)
  const url = state.status === 'SUCCESS' ? resultUrl(task, ctx) : null
  const s = ctx.scenario
  const body = s.shape === 'guide' ? guideStatus(task, state, url) : realStatus(task, state, url)
  sendJson(ctx, 200, s.wrap ? wrapSuccess(body) : body)
}

export function contentRoute(ctx: Ctx, account: Account, segment: string): void {
  const task = ownTask(ctx, account, segment)
  ctx.scenario = scenarioFor(ctx, task)
  if (ctx.scenario.content !== 'yes') return sendMissingRoute(ctx, ctx.scenario.content)
  if (faulted(ctx)) return
  if (!task || taskState(task, ctx.sim.now(), ctx.sim.timeScale).status !== 'SUCCESS') {
    return sendJson(
      ctx,
      404,
      apiError('video content not found or not ready', 'invalid_request_error', 'not_found'),
    )
  }
  const variant = new URL(ctx.req.url ?? '/', 'http://sim').searchParams.get('variant')
  if (variant === 'thumbnail' && ctx.scenario.thumb !== 'video') {
    const body =
      ctx.scenario.thumb === 'image'
        ? loadPoster(ctx.sim.mediaDir, clipName(task))
        : '<html><body>Not an image</body></html>'
    return send(ctx, 200, body, {
      'Content-Type': 'image/jpeg',
      'Cache-Control': 'private, max-age=3600',
    })
  }
  sendVideo(ctx, loadClip(ctx.sim.mediaDir, clipName(task)), 'private, max-age=3600')
}

/** What an object store answers for a signed link past its time (S3 and OSS say it so). */
const EXPIRED_XML =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>'

/**
 * How long a finished task's result lasts: its `linkttl` on the simulator's clock (scaled as
 * the task's own times are), else a day. OpenAI's `expires_at` says the same moment.
 */
export const linkLifeMs = (ctx: Ctx, task: Task) =>
  task.fixed.linkttl > 0
    ? task.fixed.linkttl * 1000 * ctx.sim.timeScale * task.fixed.scale
    : 86_400_000

/**
 * A public result link (`/media/<clip>.mp4?task=<id>`) as a relay's CDN serves it. With the
 * task's `linkttl` it dies that long after the task finished (403, as signed links answer);
 * with `mediacors=0` it carries no CORS header, so a page cannot read it with fetch (a
 * <video> still plays it). A link without a known task is served as it always was.
 */
export function mediaRoute(ctx: Ctx, clip: Clip): void {
  const id = new URL(ctx.req.url ?? '/', 'http://sim').searchParams.get('task')
  const task = id === null ? undefined : ctx.sim.tasks.get(id)
  if (task && !task.fixed.mediacors) ctx.res.removeHeader('Access-Control-Allow-Origin')
  if (task && task.fixed.linkttl > 0) {
    const { finishMs } = taskState(task, ctx.sim.now(), ctx.sim.timeScale)
    if (finishMs !== null && ctx.sim.now() > finishMs + linkLifeMs(ctx, task)) {
      ctx.notes.push('link expired')
      return send(ctx, 403, EXPIRED_XML, { 'Content-Type': 'application/xml' })
    }
  }
  const rate = task ? scenarioFor(ctx, task).mediarate : 0
  sendVideo(ctx, loadClip(ctx.sim.mediaDir, clip), 'public, max-age=3600', rate)
}
