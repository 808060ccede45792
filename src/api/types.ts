/** Provider-neutral shapes: whatever a relay sends is normalised into these. */

export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed'

export type FailureKind =
  | 'image_review'
  | 'prompt_review'
  | 'result_review'
  | 'content_review'
  | 'no_video'
  | 'unsafe_url'
  | 'cancelled'
  | 'generic'

export interface TaskFailure {
  kind: FailureKind
  /** The relay's own words (or code), shown beneath our explanation: a classification can be wrong. */
  reason: string
}

export interface TaskSnapshot {
  id: string
  status: TaskStatus
  /** 0–100, or null when the relay did not say (an indeterminate bar, not 0). */
  progress: number | null
  /** Only ever a URL that passed `isSafeMediaUrl`. */
  videoUrl: string | null
  failure: TaskFailure | null
  /** When the relay's link to the result stops working (OpenAI's `expires_at`), epoch ms. */
  expiresAt?: number
  /** The result's length and size, where the relay says (OpenAI's `seconds`, `size`). */
  seconds?: number
  size?: string
}

/** A create request as it goes on the wire; model profiles decide the extra fields. */
export interface CreateTaskBody {
  model: string
  prompt: string
  images?: string[]
  [field: string]: unknown
}

/** Raw quota units; the UI divides by QUOTA_PER_UNIT. */
export interface Quota {
  unlimited: boolean
  remaining: number | null
  used: number | null
  total: number | null
}

export interface Credentials {
  baseUrl: string
  apiKey: string
}
