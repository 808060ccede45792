import type { FailureKind } from './types.ts'

const CODES: Record<string, FailureKind> = {
  image_review_failed: 'image_review',
  prompt_review_failed: 'prompt_review',
  result_review_failed: 'result_review',
  content_policy_violation: 'content_review',
  moderation_blocked: 'content_review',
}

const REVIEW =
  /review|moderat|审核|审查|违规|敏感|sensitive|policy|安全策略|不合规|未通过|真人|真实人物|real (person|people)/i
const IMAGE = /image|图片|图像|照片|真人|真实人物|real (person|people)/i
const PROMPT = /prompt|提示词|文本/i
const RESULT = /result|output|结果|成片/i

/**
 * Guide-style relays send a review code; real relays send free text, often Chinese.
 * Classify by keywords so we can say what to try; the relay's text is shown beside it.
 */
export function classifyFailure(code: string | undefined, text: string): FailureKind {
  // Own keys only: a code of "constructor" must not find Object's constructor.
  const lower = code?.toLowerCase()
  const known = lower && Object.hasOwn(CODES, lower) ? CODES[lower] : undefined
  if (known) return known
  const haystack = `${code ?? ''} ${text}`
  // "cancelled: violates content policy" is a review failure, so review words come first.
  if (!REVIEW.test(haystack)) return /cancel|已取消/i.test(haystack) ? 'cancelled' : 'generic'
  if (IMAGE.test(haystack)) return 'image_review'
  if (PROMPT.test(haystack)) return 'prompt_review'
  if (RESULT.test(haystack)) return 'result_review'
  return 'content_review'
}
