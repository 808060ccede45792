import type { Dialect } from '../api/dialects.ts'
import type { MessageKey } from '../lib/i18n/i18n.ts'

export type FieldValue = string | number | boolean
export type FieldValues = Record<string, FieldValue>

interface FieldBase {
  /** The form's name for the value (stable across profiles where the meaning is the same). */
  key: string
  label: MessageKey
  /** The request field it is written to, and how. Return undefined to leave it out. */
  wire: (value: FieldValue, values: FieldValues) => [field: string, value: unknown] | undefined
  /** When the field does not apply with the other values; the form says why. */
  disabled?: (values: FieldValues) => MessageKey | null
}

export interface ChoiceField extends FieldBase {
  kind: 'choice'
  options: readonly {
    value: string | number
    label: MessageKey
    params?: Record<string, string | number>
  }[]
  defaultValue: string | number
  /** Few options read best as radio buttons, more as a select. */
  display: 'radio' | 'select'
}

export interface ToggleField extends FieldBase {
  kind: 'toggle'
  defaultValue: boolean
}

export type FieldSpec = ChoiceField | ToggleField

export interface ImageRules {
  max: number
  /** `data` takes uploaded files as data: URLs; `https` takes only links the relay can fetch. */
  accepts: 'data' | 'https'
  /** What each image is, in order: frames (first, then last) or references (the default). */
  slots?: 'frames' | 'references'
  /** The shortest side the relay accepts, in pixels (a note in the composer). */
  minSide?: number
}

/** Everything the composer needs to know about one model family; data, with small functions. */
export interface ModelProfile {
  id: string
  /** The family's name, shown beside each model id (settings, composer). */
  name: MessageKey
  matches: (model: string) => boolean
  fields: readonly FieldSpec[]
  images: ImageRules
  promptMax: number
  /** Whether the relay is known to remix this family's tasks (still probed before use). */
  remix: boolean
  /** Offers the "extra fields" box: a JSON object merged into the body (unknown models). */
  extraFields?: boolean
  /** The video these values ask for (aspect, HD, length), in the app's words, not the wire's. */
  frameOf: (values: FieldValues) => VideoFrame
  /**
   * The `size` OpenAI's dialect asks for this video (`"1280x720"`), where the family takes only
   * some sizes; else the frame's shape at 720p (1080p with HD). See profiles/dialectBody.ts.
   */
  openaiSize?: (frame: VideoFrame) => string | undefined
  /**
   * Whether its task adaptor reads an `input_reference` file on OpenAI's `/v1/videos` (Sora,
   * Gemini/Vertex Veo do; new-api's Kling, Doubao, Grok-style and Ali adaptors drop it —
   * docs/relay-dialects.md section 3). Unknown families are taken to. `false`: the family is
   * sent on `/v1/videos` as on `/v1/video/generations` (JSON images; profiles/dialectBody.ts).
   */
  openaiFile?: false
  /**
   * The family's own turn on a dialect's JSON body (after profiles/dialectBody.ts built it):
   * where its task adaptor reads a field under another name (Kling's `image`, Seedance's
   * `seconds`).
   */
  adapt?: (dialect: Dialect, wire: Record<string, unknown>) => Record<string, unknown>
}

/**
 * What a request asks of its video, in the app's own words: the window's shape, the box
 * reference images are fitted to and the player's caption read this, never the wire fields
 * (`aspect_ratio`, `ratio`, `hd`, `enable_upsample`, `resolution`), which only profiles know.
 */
export interface VideoFrame {
  /** 'w:h' ('16:9', '3:2'…), or 'auto' where the relay takes the shape from the image. */
  aspect: string
  /** A 1080p video (Sora's HD, Veo's upsampling, Grok's 1080P): references are fitted at 1080p. */
  hd: boolean
  /** The length asked for, where the model takes one. */
  seconds: number | null
}
