import type { CreateTaskBody } from '../../api/types.ts'

export const SORA_MODELS = ['sora-2', 'sora-2-pro'] as const
export const ASPECTS = ['16:9', '9:16'] as const
export const DURATIONS = [10, 15, 25] as const

export interface SoraParams {
  model: string
  prompt: string
  aspectRatio: (typeof ASPECTS)[number]
  duration: (typeof DURATIONS)[number]
  hd: boolean
}

export const hdAllowed = (model: string) => model === 'sora-2-pro'

/** The relay's docs type Sora's duration as a string ("10"); HD is sent only where it applies. */
export function soraBody(p: SoraParams): CreateTaskBody {
  const body: CreateTaskBody = {
    model: p.model,
    prompt: p.prompt.trim(),
    aspect_ratio: p.aspectRatio,
    duration: String(p.duration),
  }
  if (hdAllowed(p.model)) body.hd = p.hd
  return body
}
