import type { FieldValues, ModelProfile } from './types.ts'

const isPro = (values: FieldValues) => values.model === 'sora-2-pro'

/** Sora 2: the relay's docs type duration as a string ("10"); HD is for sora-2-pro only. */
export const soraProfile: ModelProfile = {
  id: 'sora',
  matches: (model) => model === 'sora-2' || model === 'sora-2-pro',
  promptMax: 4000,
  remix: true,
  images: { max: 4, accepts: 'data' },
  fields: [
    {
      kind: 'choice',
      key: 'aspect',
      label: 'composer.aspect',
      display: 'radio',
      defaultValue: '16:9',
      options: [
        { value: '16:9', label: 'composer.aspect.landscape' },
        { value: '9:16', label: 'composer.aspect.portrait' },
      ],
      wire: (v) => ['aspect_ratio', v],
    },
    {
      kind: 'choice',
      key: 'duration',
      label: 'composer.duration',
      display: 'select',
      defaultValue: 10,
      options: [10, 15, 25].map((n) => ({
        value: n,
        label: 'composer.seconds' as const,
        params: { n },
      })),
      wire: (v) => ['duration', String(v)],
    },
    {
      kind: 'toggle',
      key: 'hd',
      label: 'composer.hd',
      defaultValue: false,
      disabled: (values) => (isPro(values) ? null : 'composer.hdProOnly'),
      wire: (v, values) => (isPro(values) ? ['hd', v === true] : undefined),
    },
  ],
}
