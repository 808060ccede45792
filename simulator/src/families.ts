// Each family's create rules (see relay-wire-notes.md, "Model parameters differ by family").
// A field that belongs to another family is refused rather than ignored, so a client that
// sends Sora's fields to Veo (or Veo's to Grok) is caught here and not by a paying user.
import {
  fail,
  firstProblem,
  foreignField,
  imagesProblem,
  optionalBoolean,
  optionalOneOf,
  sizeOf,
  type Body,
  type ImageRule,
  type Parsed,
  type Problem,
  type VideoShape,
} from './fields.ts'
import type { Family } from './models.ts'
import type { Aspect } from './tasks.ts'

type Rules = (body: Body, model: string) => Parsed<VideoShape>

const SORA_DURATIONS = [10, 15, 25]

/** sora-2 / sora-2-pro: the guide's fields; anything else in the body is ignored. */
function soraRules(body: Body, model: string): Parsed<VideoShape> {
  const { duration, hd } = body
  // The relay documents duration as a string, the guide as a number: accept both spellings.
  const seconds =
    duration === undefined
      ? 10
      : typeof duration === 'string' && /^\d+$/.test(duration)
        ? Number(duration)
        : duration
  const problem = firstProblem(
    () => optionalOneOf(body, 'aspect_ratio', ['16:9', '9:16']),
    () =>
      typeof seconds === 'number' && SORA_DURATIONS.includes(seconds)
        ? undefined
        : 'duration must be 10, 15 or 25 (number or numeric string)',
    () => (hd === undefined || typeof hd === 'boolean' ? undefined : 'hd must be a boolean'),
    () =>
      hd === true && model !== 'sora-2-pro' ? 'hd is only supported by sora-2-pro' : undefined,
    () => imagesProblem(body, model),
  )
  if (problem !== undefined) return fail(problem)
  const aspect = (body.aspect_ratio ?? '16:9') as Aspect
  const size = sizeOf(aspect, hd === true ? 1080 : 720)
  return { ok: true, value: { aspect, duration: seconds as number, size } }
}

const VEO_FOREIGN = {
  duration: 'veo models take no duration',
  hd: 'hd is a sora parameter: veo takes enable_upsample (1080p) or a -4k model id',
  ratio: 'ratio is not a veo parameter: use aspect_ratio ("16:9" or "9:16")',
  resolution: 'resolution is not a veo parameter: use enable_upsample or a -4k model id',
}

/** veo3* / veo2*: optional aspect (else the image's), image count set by the id's suffix. */
function veoRules(body: Body, model: string): Parsed<VideoShape> {
  const fourK = model.endsWith('-4k')
  const images: ImageRule = model.endsWith('-frames')
    ? { max: 2, why: 'first and last frame' }
    : model.endsWith('-components')
      ? { max: 3, why: 'reference images' }
      : { max: 1 }
  const problem = firstProblem(
    () => foreignField(body, VEO_FOREIGN),
    () => optionalOneOf(body, 'aspect_ratio', ['16:9', '9:16']),
    () => optionalBoolean(body, 'enhance_prompt'),
    () =>
      fourK && Object.hasOwn(body, 'enable_upsample')
        ? `enable_upsample is not accepted by ${model}: -4k models already output 4K`
        : optionalBoolean(body, 'enable_upsample'),
    () => imagesProblem(body, model, images),
  )
  if (problem !== undefined) return fail(problem)
  // Without aspect_ratio a relay follows the image; the simulator has no image, so landscape.
  const aspect = (body.aspect_ratio ?? '16:9') as Aspect
  const short = fourK ? 2160 : body.enable_upsample === true ? 1080 : 720
  return { ok: true, value: { aspect, duration: 8, size: sizeOf(aspect, short) } }
}

/** An integer number of seconds sent as a JSON number (these relays refuse "10"). */
function integerDuration(body: Body, allowed: (n: number) => boolean, said: string): Problem {
  const d = body.duration
  if (d === undefined) return undefined
  if (typeof d === 'string') return `duration must be a JSON number, not a string: ${said}`
  return typeof d === 'number' && Number.isInteger(d) && allowed(d)
    ? undefined
    : `duration must be ${said}`
}

const GROK_FOREIGN = {
  aspect_ratio: 'aspect_ratio is not a grok parameter: use ratio ("2:3", "3:2" or "1:1")',
  hd: 'hd is a sora parameter: grok takes resolution ("720P" or "1080P")',
  enhance_prompt: 'enhance_prompt is a veo parameter, not a grok one',
  enable_upsample: 'enable_upsample is a veo parameter: grok takes resolution ("720P" or "1080P")',
}

/** grok-video-3: `ratio`, integer duration 6/10/15 (this relay's set), `resolution`. */
function grokRules(body: Body, model: string): Parsed<VideoShape> {
  const problem = firstProblem(
    () => foreignField(body, GROK_FOREIGN),
    () => optionalOneOf(body, 'ratio', ['2:3', '3:2', '1:1']),
    () => integerDuration(body, (n) => [6, 10, 15].includes(n), '6, 10 or 15 (seconds)'),
    () => optionalOneOf(body, 'resolution', ['720P', '1080P']),
    () => imagesProblem(body, model, { max: 1 }),
  )
  if (problem !== undefined) return fail(problem)
  const aspect = (body.ratio ?? '3:2') as Aspect
  const size = sizeOf(aspect, body.resolution === '1080P' ? 1080 : 720)
  return { ok: true, value: { aspect, duration: (body.duration as number) ?? 6, size } }
}

const WAN_FOREIGN = {
  aspect_ratio: 'aspect_ratio is not a wan parameter: use ratio ("16:9", "9:16" or "1:1")',
  hd: 'hd is a sora parameter, not a wan one',
  resolution: 'resolution is not a wan parameter',
  enhance_prompt: 'enhance_prompt is a veo parameter, not a wan one',
  enable_upsample: 'enable_upsample is a veo parameter, not a wan one',
}
// Tests and local demos serve their images over plain http from the loopback interface.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

function wanImage(image: string): Problem {
  if (image.startsWith('data:')) {
    return 'must be an https link: wan models take https image links, not uploaded data'
  }
  let url: URL
  try {
    url = new URL(image)
  } catch {
    return 'must be an https link'
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return undefined
  }
  return 'must be an https link (http: only for 127.0.0.1 or localhost)'
}

/** wan*: `ratio`, integer duration 2–10, one image that the relay fetches itself. */
function wanRules(body: Body, model: string): Parsed<VideoShape> {
  const problem = firstProblem(
    () => foreignField(body, WAN_FOREIGN),
    () => optionalOneOf(body, 'ratio', ['16:9', '9:16', '1:1']),
    () => integerDuration(body, (n) => n >= 2 && n <= 10, 'an integer from 2 to 10 (seconds)'),
    () => imagesProblem(body, model, { max: 1, entry: wanImage }),
  )
  if (problem !== undefined) return fail(problem)
  const aspect = (body.ratio ?? '16:9') as Aspect
  return {
    ok: true,
    value: { aspect, duration: (body.duration as number) ?? 5, size: sizeOf(aspect, 720) },
  }
}

const ASPECTS: readonly unknown[] = ['16:9', '9:16', '1:1', '2:3', '3:2']

/**
 * A model without a profile (hailuo-02): prompt and images are checked, every other field is
 * accepted as the user typed it. Aspect and duration are read when they look familiar, only
 * to pick the clip and fill the guide shape.
 */
function genericRules(body: Body, model: string): Parsed<VideoShape> {
  const problem = imagesProblem(body, model)
  if (problem !== undefined) return fail(problem)
  const aspect = [body.aspect_ratio, body.ratio].find((a) => ASPECTS.includes(a)) as
    Aspect | undefined
  const d = body.duration
  const seconds = typeof d === 'number' || typeof d === 'string' ? Number(d) : NaN
  const duration = Number.isInteger(seconds) && seconds > 0 ? seconds : 6
  return {
    ok: true,
    value: { aspect: aspect ?? '16:9', duration, size: sizeOf(aspect ?? '16:9', 720) },
  }
}

export const FAMILY_RULES: Record<Family, Rules> = {
  sora: soraRules,
  veo3: veoRules,
  veo2: veoRules,
  grok: grokRules,
  wan: wanRules,
  // The guide's relays do not serve these; read as any model would be, where asked.
  kling: genericRules,
  seedance: genericRules,
  hailuo: genericRules,
}
