import type { MessageKey } from '../lib/i18n/i18n.ts'
import type { ChoiceField } from './types.ts'

// The two fields most families share, built one way so every family shows them alike and a
// value carries over on a model switch (same form key, whatever the wire calls it).

const ASPECT_LABELS = {
  '16:9': 'composer.aspect.landscape',
  '9:16': 'composer.aspect.portrait',
  '1:1': 'profile.aspect.square',
  '3:2': 'profile.aspect.landscape32',
  '2:3': 'profile.aspect.portrait23',
  /** Left out of the request: the relay takes the shape from the image. */
  auto: 'profile.aspect.fromImage',
} as const satisfies Record<string, MessageKey>

export type Aspect = keyof typeof ASPECT_LABELS

/** The aspect choice, written to `field` (`aspect_ratio`, `ratio`…); `auto` is left out. */
export function aspectField(
  field: string,
  aspects: readonly Aspect[],
  initial: Aspect,
): ChoiceField {
  return {
    kind: 'choice',
    key: 'aspect',
    label: 'composer.aspect',
    display: 'radio',
    defaultValue: initial,
    options: aspects.map((value) => ({ value, label: ASPECT_LABELS[value] })),
    wire: (v) => (v === 'auto' ? undefined : [field, v]),
  }
}

/** Duration in seconds, sent as a JSON number or, where the relay types it so, a string. */
export function durationField(
  seconds: readonly number[],
  initial: number,
  as: 'number' | 'string',
): ChoiceField {
  return {
    kind: 'choice',
    key: 'duration',
    label: 'composer.duration',
    display: 'select',
    defaultValue: initial,
    options: seconds.map((n) => ({ value: n, label: 'composer.seconds', params: { n } })),
    wire: (v) => ['duration', as === 'string' ? String(v) : Number(v)],
  }
}
