// Response bodies. "real" is what new-api relays actually send; "guide" is the shape the
// product's API guide documents. A robust client must accept both, so both are served.
import { INITIAL_QUOTA, remainingQuota, type Account } from './accounts.ts'
import type { Clip } from './media.ts'
import type { Scenario } from './scenario.ts'
import { toUnixSeconds, type Task, type TaskState } from './tasks.ts'

const FAIL_TEXT: Record<string, string> = {
  image_review: '图片审核未通过：检测到真实人物，请更换图片',
  prompt_review: '提示词包含违规内容，审核未通过',
  result_review: '生成结果未通过内容审核 (sensitive content)',
  other: '上游服务错误：生成失败，请稍后重试',
}

const GUIDE_CODE: Record<string, string> = {
  image_review: 'image_review_failed',
  prompt_review: 'prompt_review_failed',
  result_review: 'result_review_failed',
  other: 'generation_failed',
}

export interface Where {
  origin: string
  mount: string
}

export function clipName(task: Task): Clip {
  if (task.fixed.clip !== 'auto') return task.fixed.clip
  if (task.aspect === '9:16' || task.aspect === '2:3') return 'portrait'
  return task.aspect === '1:1' ? 'square' : 'landscape'
}

/** The video URL of a finished task, or null when it has none (fail=no_video). */
export function resultUrl(task: Task, where: Where): string | null {
  const id = encodeURIComponent(task.id)
  if (task.fixed.fail === 'no_video') return null
  if (task.fixed.fail === 'unsafe_url') {
    return task.fixed.unsafe === 'ftp'
      ? `ftp://files.relay.invalid/videos/${id}.mp4`
      : 'javascript:alert(1)'
  }
  if (task.fixed.result === 'private')
    return `${where.origin}${where.mount}/v1/videos/${id}/content`
  return `${where.origin}${where.mount}/media/${clipName(task)}.mp4?task=${id}`
}

export function realStatus(task: Task, state: TaskState, url: string | null): unknown {
  const failed = state.status === 'FAILURE'
  const done = state.status === 'SUCCESS'
  return {
    task_id: task.id,
    platform: task.family,
    action: task.action,
    status: state.status,
    fail_reason: failed ? (FAIL_TEXT[task.fixed.fail] ?? '') : '',
    submit_time: toUnixSeconds(task.createdMs),
    start_time: toUnixSeconds(state.startMs),
    finish_time: toUnixSeconds(state.finishMs),
    progress: `${state.progress}%`,
    data: done ? { output: url ?? '', outputs: url === null ? [] : [url] } : null,
    search_item: '',
  }
}

export function guideStatus(task: Task, state: TaskState, url: string | null): unknown {
  const body: Record<string, unknown> = {
    task_id: task.id,
    status: state.status,
    progress: state.progress,
    created_at: toUnixSeconds(task.createdMs),
    model: task.model,
    duration: task.duration,
    size: task.size,
    video_url: state.status === 'SUCCESS' ? url : null,
  }
  if (state.status === 'FAILURE') {
    body.error = {
      code: GUIDE_CODE[task.fixed.fail] ?? 'generation_failed',
      message: FAIL_TEXT[task.fixed.fail] ?? '',
    }
  }
  return body
}

/** new-api's task-route envelope. */
export function wrapSuccess(data: unknown): unknown {
  return { code: 'success', message: '', data }
}

export function quotaBody(account: Account, s: Scenario): unknown {
  const remaining = remainingQuota(account)
  const body =
    s.shape === 'guide'
      ? { total_quota: INITIAL_QUOTA, used_quota: account.used, remaining_quota: remaining }
      : {
          id: account.ordinal,
          name: account.key.slice(3), // "demo" for sk-demo
          quota: remaining,
          unlimited_quota: s.unlimited,
          used_quota: account.used,
        }
  return s.wrap ? wrapSuccess(body) : body
}

/** new-api's remix (and its /v1/videos and /v1/video/generations creates) answer an OpenAI video object. */
export function remixBody(task: Task): unknown {
  return {
    id: task.id,
    task_id: task.id,
    object: 'video',
    model: task.model,
    status: 'queued',
    progress: 0,
    created_at: toUnixSeconds(task.createdMs),
  }
}
