// The two dialects beyond the guide's `/v2/videos/generations` that relays speak for video
// (docs/relay-dialects.md): OpenAI's video object on `/v1/videos` (JSON, or multipart with an
// `input_reference` file part), and new-api's `/v1/video/generations`. Which are offered is the
// `dialects` scenario key; the others answer as an unrouted path does.
import type { Account } from './accounts.ts'
import { faulted, ownTask, scenarioFor, type Ctx } from './context.ts'
import { fail, isObject, sizeOf, type Parsed } from './fields.ts'
import { sendBadRequest, sendJson, sendMissingRoute } from './http.ts'
import { VIDEO_MODELS, isTextModel, videoModel, type Family } from './models.ts'
import type { Scenario } from './scenario.ts'
import { remixBody, resultUrl } from './shapes.ts'
import { dropped, intake, linkLifeMs, spawn } from './taskRoutes.ts'
import { taskState, type Aspect, type Task, type TaskParams, type TaskState } from './tasks.ts'
import { validPrompt, type FilePart } from './validate.ts'

export type Dialect = 'v2' | 'openai' | 'newapi'

type Created = TaskParams & { prompt: string }

/** PNG, JPEG, WebP and GIF start so; anything else named `.png` is not an image. */
const IMAGE_HEADS = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x52, 0x49, 0x46, 0x46],
  [0x47, 0x49, 0x46],
]
const isImage = (p: FilePart) =>
  /^image\//.test(p.type) && IMAGE_HEADS.some((h) => h.every((b, i) => p.head[i] === b))

const aspectOf = (size: string): Aspect => {
  const [w = 0, h = 0] = size.split('x').map(Number)
  return w > h ? '16:9' : h > w ? '9:16' : '1:1'
}

/** Fields of the guide's dialect, refused here: a client that mixes dialects is caught. */
const V2_FIELDS = ['aspect_ratio', 'duration', 'images', 'hd', 'ratio', 'resolution']

/**
 * Where new-api's task adaptors read a field under another name, or not at all: a request
 * that would lose something silently on a real relay is refused here with the reason.
 */
const ADAPTOR_QUIRKS: Partial<
  Record<Family, (body: Record<string, unknown>) => string | undefined>
> = {
  kling: (body) =>
    'images' in body
      ? "new-api's Kling adaptor reads the first frame from image, not images: it would be dropped"
      : undefined,
  seedance: (body) =>
    'duration' in body
      ? "new-api's Doubao adaptor does not send a top-level duration on: send seconds as a string"
      : undefined,
}
const DROPS_FILES = new Set<Family>(['kling', 'seedance', 'grok', 'wan', 'hailuo'])

/** What both dialects' creates check alike: the prompt, the model, new-api's string `seconds`. */
function common(
  body: Record<string, unknown>,
): Parsed<{ model: string; prompt: string; family: Family }> {
  const { model, prompt, seconds } = body
  if (!validPrompt(prompt)) return fail('prompt is required and must be a non-empty string')
  const info = typeof model === 'string' && !isTextModel(model) ? videoModel(model) : undefined
  if (!info) return fail(`model is required: one of ${VIDEO_MODELS.map((m) => m.id).join(', ')}`)
  if (typeof seconds === 'number')
    return fail(
      'json: cannot unmarshal number into Go struct field TaskSubmitReq.seconds of type string',
    )
  return { ok: true, value: { model: info.id, prompt, family: info.family } }
}

/** `POST /v1/videos`: model, prompt, `seconds` (a string, as new-api's Go struct insists), `size`. */
function readOpenAI(body: unknown): Parsed<Created> {
  if (!isObject(body)) return fail('Request body must be a JSON object or multipart form')
  const { seconds, size } = body
  const known = common(body)
  if (!known.ok) return known
  if (seconds !== undefined && !(typeof seconds === 'string' && /^\d{1,3}$/.test(seconds)))
    return fail('seconds must be a string of digits, e.g. "8"')
  if (size !== undefined && !(typeof size === 'string' && /^\d{2,5}x\d{2,5}$/.test(size)))
    return fail('size must be WIDTHxHEIGHT, e.g. "1280x720"')
  const parts = Array.isArray(body.parts) ? (body.parts as FilePart[]) : []
  const stray = parts.find((p) => p.name !== 'input_reference')
  if (stray) return fail(`unexpected file part "${stray.name}": only input_reference`)
  if (parts.length > 1) return fail('one input_reference file at most')
  const [file] = parts
  if (DROPS_FILES.has(known.value.family)) {
    if (file)
      return fail(
        `new-api's ${known.value.family} adaptor drops an input_reference file: send the image in JSON`,
      )
    // Both routes hand a create to the same handler and TaskSubmitReq: these families' adaptors
    // read a /v1/videos body as a /v1/video/generations one (images in JSON, duration).
    return readNewApi(body)
  }
  const foreign = V2_FIELDS.find((f) => f in body)
  if (foreign)
    return fail(`${foreign} is not a /v1/videos field: use size, seconds, input_reference`)
  const quirk = ADAPTOR_QUIRKS[known.value.family]?.(body)
  if (quirk) return fail(quirk)
  if (file && !isImage(file)) return fail('input_reference must be a PNG, JPEG, WebP or GIF image')
  const ref = body.input_reference
  if (ref !== undefined && !(typeof ref === 'string' && /^(https:|data:image\/)/.test(ref)))
    return fail('input_reference must be an image file, an https: link or a data: URL')
  const shape = typeof size === 'string' ? size : '1280x720'
  const aspect = aspectOf(shape)
  return {
    ok: true,
    value: {
      ...known.value,
      aspect,
      duration: Number(seconds ?? 4),
      size: sizeOf(aspect, 720),
    },
  }
}

/** `POST /v1/video/generations`: new-api's TaskSubmitReq (images, size, duration, metadata). */
function readNewApi(body: unknown): Parsed<Created> {
  if (!isObject(body)) return fail('Request body must be a JSON object')
  const { size, duration, seconds, images, metadata } = body
  const known = common(body)
  if (!known.ok) return known
  if (duration !== undefined && !(typeof duration === 'number' && Number.isInteger(duration)))
    return fail('duration must be an integer number of seconds')
  if (size !== undefined && !(typeof size === 'string' && /^\d{2,5}[x*]\d{2,5}$/.test(size)))
    return fail('size must be WIDTHxHEIGHT, e.g. "1280x720"')
  if (
    images !== undefined &&
    !(
      Array.isArray(images) &&
      images.every((i) => typeof i === 'string' && /^(https:|data:image\/)/.test(i))
    )
  )
    return fail('images must be https: links or data: URLs')
  if (metadata !== undefined && !isObject(metadata)) return fail('metadata must be an object')
  const foreign = ['aspect_ratio', 'hd', 'input_reference'].find((f) => f in body)
  if (foreign) return fail(`${foreign} is not a /v1/video/generations field`)
  const quirk = ADAPTOR_QUIRKS[known.value.family]?.(body)
  if (quirk) return fail(quirk)
  const aspect = aspectOf(typeof size === 'string' ? size.replace('*', 'x') : '1280x720')
  const length = typeof duration === 'number' ? duration : Number(seconds ?? 5)
  return {
    ok: true,
    value: { ...known.value, aspect, duration: length, size: sizeOf(aspect, 720) },
  }
}

export function offers(ctx: Ctx, dialect: Dialect): boolean {
  return scenarioFor(ctx).dialects.includes(dialect)
}

async function create(ctx: Ctx, read: (body: unknown) => Parsed<Created>): Promise<void> {
  const got = await intake(ctx)
  if (!got) return
  const checked = read(got.body)
  if (!checked.ok) return sendBadRequest(ctx, checked.message)
  const { prompt, ...params } = checked.value
  const task = spawn(ctx, got.account, params, prompt, 'generate')
  if (!task || dropped(ctx)) return
  // Both answer with new-api's OpenAI-style object, status "queued" (adaptors' DoResponse),
  // as its remix does.
  sendJson(ctx, 200, remixBody(task))
}

export const openaiCreateRoute = (ctx: Ctx) => create(ctx, readOpenAI)
export const newapiCreateRoute = (ctx: Ctx) => create(ctx, readNewApi)

/** new-api answers a task it does not know (or not this key's) 400 task_not_exist on both. */
function known(ctx: Ctx, account: Account, segment: string): Task | undefined {
  const task = ownTask(ctx, account, segment)
  ctx.scenario = scenarioFor(ctx, task)
  if (faulted(ctx)) return undefined
  if (!task) sendJson(ctx, 400, { code: 'task_not_exist', message: 'task_not_exist', data: null })
  return task
}

const time = (s: Scenario, ms: number | null) =>
  ms === null
    ? undefined
    : s.times === 'rfc3339'
      ? new Date(ms).toISOString()
      : Math.floor(ms / 1000)

const OPENAI_STATUS: Record<TaskState['status'], string> = {
  NOT_START: 'queued',
  IN_PROGRESS: 'in_progress',
  SUCCESS: 'completed',
  FAILURE: 'failed',
}

/** `GET /v1/videos/{id}`: OpenAI's video object, as new-api's converters write it. */
export function openaiStatusRoute(ctx: Ctx, account: Account, segment: string): void {
  const task = known(ctx, account, segment)
  if (!task) return
  const s = ctx.scenario
  if (s.noobject.includes(task.family))
    return sendJson(ctx, 501, {
      code: 'not_implemented',
      message: `not_implemented:${task.family}`,
      data: null,
    })
  const state = taskState(task, ctx.sim.now(), ctx.sim.timeScale)
  const done = state.status === 'SUCCESS'
  const url = done ? resultUrl(task, ctx) : null
  sendJson(ctx, 200, {
    id: task.id,
    object: 'video',
    model: task.model,
    status: OPENAI_STATUS[state.status],
    progress: state.progress,
    created_at: time(s, task.createdMs),
    completed_at: time(s, state.finishMs),
    // When its result link dies (`linkttl`, a day when the scenario sets none).
    expires_at: done ? time(s, (state.finishMs ?? 0) + linkLifeMs(ctx, task)) : undefined,
    seconds: String(task.duration),
    size: task.size,
    ...(state.status === 'FAILURE' && {
      error: { code: 'generation_failed', message: failText(task) },
    }),
    // Sora's object carries no link (the content route serves it); the others' converters
    // put theirs in metadata.url.
    ...(done && task.family !== 'sora' && url !== null && { metadata: { url } }),
  })
}

/** `GET /v1/video/generations/{id}`: new-api's wrapped task, or Gemini/Vertex's answer. */
export function newapiStatusRoute(ctx: Ctx, account: Account, segment: string): void {
  const task = known(ctx, account, segment)
  if (!task) return
  const s = ctx.scenario
  const state = taskState(task, ctx.sim.now(), ctx.sim.timeScale)
  const url = state.status === 'SUCCESS' ? resultUrl(task, ctx) : null
  const data =
    s.shape === 'gemini'
      ? {
          error: null,
          format: 'mp4',
          metadata: null,
          status: {
            NOT_START: 'processing',
            IN_PROGRESS: 'processing',
            SUCCESS: 'succeeded',
            FAILURE: 'failed',
          }[state.status],
          task_id: task.id,
          url: url ?? '',
        }
      : {
          task_id: task.id,
          platform: task.family,
          action: task.action,
          status: state.status,
          fail_reason: state.status === 'FAILURE' ? failText(task) : '',
          result_url: url ?? '',
          submit_time: time(s, task.createdMs),
          start_time: time(s, state.startMs) ?? 0,
          finish_time: time(s, state.finishMs) ?? 0,
          progress: `${state.progress}%`,
        }
  sendJson(ctx, 200, { code: 'success', message: '', data })
}

const failText = (task: Task) =>
  task.fixed.fail === 'none' ? '' : `上游服务错误：生成失败 (${task.fixed.fail})`

const EXTENSION_SECONDS = ['4', '8', '12', '16', '20']

/**
 * `POST /v1/videos/extensions` (OpenAI's: `{video: {id} | id, prompt, seconds}`), served with
 * `extensions=yes` where OpenAI's dialect is: a new task that continues a finished one, read on
 * `/v1/videos/{id}` as any other. Without it, an unrouted path's answer (new-api has none).
 */
export async function extendRoute(ctx: Ctx): Promise<void> {
  const missing = (): boolean => {
    const mode = offers(ctx, 'openai') ? ctx.scenario.extensions : '404'
    if (mode === 'yes') return false
    sendMissingRoute(ctx, mode)
    return true
  }
  const got = await intake(ctx, missing)
  if (!got) return
  const body = isObject(got.body) ? got.body : {}
  const { video, prompt, seconds } = body
  const id = typeof video === 'string' ? video : isObject(video) ? video.id : undefined
  if (typeof id !== 'string' || id === '')
    return sendBadRequest(ctx, 'video is required: the id of a completed video')
  if (!validPrompt(prompt))
    return sendBadRequest(ctx, 'prompt is required and must be a non-empty string')
  if (typeof seconds !== 'string' || !EXTENSION_SECONDS.includes(seconds))
    return sendBadRequest(ctx, `seconds must be one of ${EXTENSION_SECONDS.join(', ')} (a string)`)
  const source = ownTask(ctx, got.account, encodeURIComponent(id))
  const ready = source && taskState(source, ctx.sim.now(), ctx.sim.timeScale).status === 'SUCCESS'
  if (!source || !ready)
    return sendJson(ctx, 400, { code: 'task_not_exist', message: 'video_not_found', data: null })
  const { model, family, aspect, size } = source
  const task = spawn(
    ctx,
    got.account,
    { model, family, aspect, duration: Number(seconds), size },
    prompt,
    'extend',
  )
  if (!task || dropped(ctx)) return
  sendJson(ctx, 200, remixBody(task))
}
