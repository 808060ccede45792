// Create-request validation. Stricter than a real relay on purpose: the simulator exists to
// catch a client that sends something a relay would reject or silently misread.
import type { Model } from './accounts.ts'
import type { Aspect, TaskParams } from './tasks.ts'

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

export function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, message: 'Request body is not valid JSON' }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const MODELS: readonly string[] = ['sora-2', 'sora-2-pro']
const ASPECTS: readonly string[] = ['16:9', '9:16']
const DURATIONS = [10, 15, 25]
const DATA_IMAGE = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/

function validImage(image: string): boolean {
  if (image.startsWith('data:')) return DATA_IMAGE.test(image)
  try {
    const url = new URL(image)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The prompt must carry visible text; whitespace-only prompts are rejected like empty ones. */
export function validPrompt(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== ''
}

export function validateCreate(body: unknown): Parsed<TaskParams & { prompt: string }> {
  if (!isObject(body)) return { ok: false, message: 'Request body must be a JSON object' }
  const { model, prompt, aspect_ratio, duration, hd, images } = body
  if (!validPrompt(prompt))
    return { ok: false, message: 'prompt is required and must be a non-empty string' }
  if (typeof model !== 'string' || !MODELS.includes(model)) {
    return { ok: false, message: 'model must be "sora-2" or "sora-2-pro"' }
  }
  if (
    aspect_ratio !== undefined &&
    (typeof aspect_ratio !== 'string' || !ASPECTS.includes(aspect_ratio))
  ) {
    return { ok: false, message: 'aspect_ratio must be "16:9" or "9:16"' }
  }
  // The relay documents duration as a string, the guide as a number: accept both spellings.
  const seconds =
    duration === undefined
      ? 10
      : typeof duration === 'string' && /^\d+$/.test(duration)
        ? Number(duration)
        : duration
  if (typeof seconds !== 'number' || !DURATIONS.includes(seconds)) {
    return { ok: false, message: 'duration must be 10, 15 or 25 (number or numeric string)' }
  }
  if (hd !== undefined && typeof hd !== 'boolean')
    return { ok: false, message: 'hd must be a boolean' }
  if (hd === true && model !== 'sora-2-pro')
    return { ok: false, message: 'hd is only supported by sora-2-pro' }
  if (images !== undefined) {
    if (!Array.isArray(images) || !images.every((i): i is string => typeof i === 'string')) {
      return { ok: false, message: 'images must be an array of strings' }
    }
    const bad = images.findIndex((i) => !validImage(i))
    if (bad >= 0) {
      return {
        ok: false,
        message: `images[${bad}] must be an http(s) URL or a data:image/(png|jpeg|webp);base64 URL`,
      }
    }
  }
  return {
    ok: true,
    value: {
      prompt,
      model: model as Model,
      aspect: (aspect_ratio ?? '16:9') as Aspect,
      duration: seconds,
      hd: hd === true,
    },
  }
}
