// Field checks shared by the families' create rules. Each check answers an English message
// naming the field, or undefined when the field is fine, so rules read as a list of checks.
import type { Aspect, TaskParams } from './tasks.ts'

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }
export type Body = Record<string, unknown>
export type Problem = string | undefined
/** What a family's rules fix about the video; the model and family are added by the caller. */
export type VideoShape = Omit<TaskParams, 'model' | 'family'>

export const fail = (message: string): { ok: false; message: string } => ({ ok: false, message })

export function isObject(v: unknown): v is Body {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The first problem of several checks, run in order (later checks may assume earlier ones). */
export function firstProblem(...checks: (() => Problem)[]): Problem {
  for (const check of checks) {
    const problem = check()
    if (problem !== undefined) return problem
  }
  return undefined
}

/** `"a", "b" or "c"` */
function listOr(values: readonly (string | number)[], quote = true): string {
  const shown = values.map((v) => (quote ? `"${v}"` : String(v)))
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`
}

export function optionalOneOf(body: Body, field: string, allowed: readonly string[]): Problem {
  const v = body[field]
  if (v === undefined || (typeof v === 'string' && allowed.includes(v))) return undefined
  return `${field} must be ${listOr(allowed)}`
}

export function optionalBoolean(body: Body, field: string): Problem {
  const v = body[field]
  return v === undefined || typeof v === 'boolean' ? undefined : `${field} must be a boolean`
}

/** Fields another family uses: present at all (even null or false) is a client mistake. */
export function foreignField(body: Body, messages: Record<string, string>): Problem {
  const field = Object.keys(messages).find((f) => Object.hasOwn(body, f))
  return field === undefined ? undefined : messages[field]
}

const DATA_IMAGE = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/
const IMAGE_KINDS = 'an http(s) URL or a data:image/(png|jpeg|webp);base64 URL'

/** A `data:image/…;base64,` URL or an http(s) link. */
function validImage(image: string): boolean {
  if (image.startsWith('data:')) return DATA_IMAGE.test(image)
  try {
    const url = new URL(image)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

export interface ImageRule {
  /** At most this many images. */
  max: number
  /** Why the limit, e.g. "first and last frame"; said in the message. */
  why?: string
  /** The problem with one entry (`images[i]` is prepended), default: not an allowed URL kind. */
  entry?: (image: string) => Problem
}

const defaultEntry = (image: string): Problem =>
  validImage(image) ? undefined : `must be ${IMAGE_KINDS}`

/** `images`: optional, an array of strings, each allowed, and not too many for `model`. */
export function imagesProblem(body: Body, model: string, rule?: ImageRule): Problem {
  const images = body.images
  if (images === undefined) return undefined
  if (!Array.isArray(images) || !images.every((i): i is string => typeof i === 'string')) {
    return 'images must be an array of strings'
  }
  if (rule && images.length > rule.max) {
    const noun = rule.max === 1 ? 'image' : 'images'
    return `images: ${model} takes at most ${rule.max} ${noun}${rule.why ? ` (${rule.why})` : ''}, got ${images.length}`
  }
  const entry = rule?.entry ?? defaultEntry
  for (const [i, image] of images.entries()) {
    const problem = entry(image)
    if (problem !== undefined) return `images[${i}] ${problem}`
  }
  return undefined
}

/** Pixel size of a clip from its aspect and its short side (720 → 1280x720 for 16:9). */
export function sizeOf(aspect: Aspect, short: number): string {
  const long = Math.round((short * 16) / 9)
  const sizes: Record<Aspect, [number, number]> = {
    '16:9': [long, short],
    '9:16': [short, long],
    '3:2': [short * 1.5, short],
    '2:3': [short, short * 1.5],
    '1:1': [short, short],
  }
  const [w, h] = sizes[aspect]
  return `${w}x${h}`
}
