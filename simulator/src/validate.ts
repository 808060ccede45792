// Create-request validation. Stricter than a real relay on purpose: the simulator exists to
// catch a client that sends something a relay would reject or silently misread. Every family
// shares POST /v2/videos/generations; the model id picks the rules.
import { FAMILY_RULES } from './families.ts'
import { fail, isObject, type Parsed } from './fields.ts'
import { VIDEO_MODELS, isTextModel, videoModel } from './models.ts'
import type { TaskParams } from './tasks.ts'

export function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return fail('Request body is not valid JSON')
  }
}

/** A file part of a multipart create, as the request log records it (not its bytes). */
export interface FilePart {
  name: string
  filename: string
  type: string
  size: number
  /** The first bytes, to tell an image from a renamed file. */
  head: number[]
}

/**
 * A multipart body (OpenAI's `POST /v1/videos` with an `input_reference` file): its text
 * fields as they are, and each file part as a `FilePart` under `parts`.
 */
export async function parseMultipart(raw: Buffer, type: string): Promise<Parsed<unknown>> {
  try {
    const form = await new Response(new Uint8Array(raw), {
      headers: { 'content-type': type },
    }).formData()
    const body: Record<string, unknown> = {}
    const parts: FilePart[] = []
    for (const [name, value] of form) {
      if (typeof value === 'string') body[name] = value
      else
        parts.push({
          name,
          filename: value.name,
          type: value.type,
          size: value.size,
          head: [...new Uint8Array(await value.slice(0, 8).arrayBuffer())],
        })
    }
    return { ok: true, value: { ...body, parts } }
  } catch {
    return fail('Request body is not valid multipart/form-data')
  }
}

/** The prompt must carry visible text; whitespace-only prompts are rejected like empty ones. */
export function validPrompt(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== ''
}

const VIDEO_IDS = VIDEO_MODELS.map((m) => m.id).join(', ')

export function validateCreate(body: unknown): Parsed<TaskParams & { prompt: string }> {
  if (!isObject(body)) return fail('Request body must be a JSON object')
  const { model, prompt } = body
  if (!validPrompt(prompt)) return fail('prompt is required and must be a non-empty string')
  if (typeof model !== 'string' || model === '') {
    return fail(`model is required: one of ${VIDEO_IDS}`)
  }
  if (isTextModel(model)) return fail(`model ${model} does not support video generation`)
  const info = videoModel(model)
  if (!info)
    return fail(`model ${model} is not available on this relay; video models: ${VIDEO_IDS}`)
  const checked = FAMILY_RULES[info.family](body, model)
  if (!checked.ok) return checked
  return { ok: true, value: { prompt, model, family: info.family, ...checked.value } }
}
