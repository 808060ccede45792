import type { Dialect } from '../api/dialects.ts'
import type { CreateTaskBody } from '../api/types.ts'
import { profileFor } from './registry.ts'
import type { VideoFrame } from './types.ts'

/** What every dialect names the same; the rest is the family's own. */
const OWN = new Set(['model', 'prompt', 'images'])

/** The frame's shape at 720p (1080p with HD): OpenAI's `size`. `auto` (from the image) has none. */
function sizeOf(frame: VideoFrame): string | undefined {
  const [w, h] = frame.aspect.split(':').map(Number)
  if (!w || !h) return undefined
  const short = frame.hd ? 1080 : 720
  const scale = short / Math.min(w, h)
  // Even numbers: encoders need them.
  const even = (n: number) => 2 * Math.round((n * scale) / 2)
  return `${even(w)}x${even(h)}`
}

/** A `data:` URL's bytes as a file part; null for a link (sent as a link instead). */
function fileOf(image: string): File | null {
  const m = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(image)
  if (!m) return null
  const type = m[1] ?? 'application/octet-stream'
  const text = m[2] ? atob(m[3] ?? '') : decodeURIComponent(m[3] ?? '')
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0))
  const ext = type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin'
  return new File([bytes], `reference.${ext}`, { type })
}

/**
 * How many reference images a dialect carries for a model: OpenAI's `input_reference` file is
 * one; a family whose adaptor reads no file has its images in JSON there too (below).
 */
export const imagesCarried = (dialect: Dialect, model: string) =>
  dialect !== 'openai' || profileFor(model).openaiFile === false ? Infinity : 1

/**
 * A request as the composer built it (the guide's dialect, each family's own fields) in the
 * wire form of another dialect (docs/relay-dialects.md):
 * - OpenAI's `/v1/videos`: `seconds` as a string, `size` as `"1280x720"`, the reference image as
 *   an `input_reference` file part (so a form), the family's other fields in `metadata` — for
 *   a family whose adaptor reads that file (Sora, Veo, unknown ones); the others as below;
 * - new-api's `/v1/video/generations`: `images`, `duration` as a number, `size`, and the family's
 *   other fields in `metadata`, which new-api's task adaptors merge into the upstream request.
 */
export function bodyFor(
  dialect: Dialect,
  body: CreateTaskBody,
  frame: VideoFrame,
): CreateTaskBody | FormData {
  if (dialect === 'v2') return body
  const rest = Object.fromEntries(
    Object.entries(body).filter(([k]) => !OWN.has(k) && k !== 'duration'),
  )
  const profile = profileFor(body.model)
  // A profile that says (even "none": the generic one) is heard; else the frame's shape.
  const size = profile.openaiSize ? profile.openaiSize(frame) : sizeOf(frame)
  const metadata = Object.keys(rest).length > 0 ? rest : undefined
  const adapt = (wire: Record<string, unknown>) =>
    ({ ...(profile.adapt?.(dialect, wire) ?? wire) }) as CreateTaskBody
  // Both of new-api's routes hand a create to the same handler and read the same TaskSubmitReq
  // (docs/relay-dialects.md sections 1 and 3): a family whose adaptor reads no file part has
  // on /v1/videos the body it has on /v1/video/generations — its images in JSON, its length
  // as `duration` (Kling's adaptor ignores a JSON `seconds`).
  if (dialect === 'newapi' || profile.openaiFile === false)
    return adapt({
      model: body.model,
      prompt: body.prompt,
      ...(body.images?.length && { images: body.images }),
      ...(frame.seconds !== null && { duration: frame.seconds }),
      ...(size && { size }),
      ...(metadata && { metadata }),
    })
  const fields = {
    model: body.model,
    prompt: body.prompt,
    ...(frame.seconds !== null && { seconds: String(frame.seconds) }),
    ...(size && { size }),
  }
  const image = body.images?.[0]
  const file = image ? fileOf(image) : null
  if (!file)
    return adapt({
      ...fields,
      ...(image && { input_reference: image }),
      ...(metadata && { metadata }),
    })
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  // new-api reads a form's metadata as a JSON string.
  if (metadata) form.set('metadata', JSON.stringify(metadata))
  form.set('input_reference', file)
  return form
}
