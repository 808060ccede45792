import type { CreateTaskBody } from '../../api/types.ts'
import { valuesOfBody } from '../../profiles/readBody.ts'
import { profileFor } from '../../profiles/registry.ts'
import type { FieldValues } from '../../profiles/types.ts'
import { useComposerStore } from './composerStore.ts'

/**
 * Puts a request back in the composer: its model, its prompt, each field's value read back
 * from the body through its profile, and (for a model with an extra-fields box) whatever
 * else the body held. Image payloads are never stored: the composer says how many are missing.
 */
export function reuseRequest(body: CreateTaskBody, imageCount: number) {
  const profile = profileFor(body.model)
  const read = valuesOfBody(body)
  const values: FieldValues = {}
  for (const field of profile.fields) {
    const value = read[field.key]
    if (value !== undefined) values[field.key] = value
  }
  let extra: string | undefined
  if (profile.extraFields) {
    const wired = new Set(
      profile.fields.flatMap((f) => {
        const value = values[f.key]
        const wire = value === undefined ? undefined : f.wire(value, values)
        return wire ? [wire[0]] : []
      }),
    )
    const { model: _model, prompt: _prompt, images: _images, ...rest } = body
    const left = Object.fromEntries(Object.entries(rest).filter(([key]) => !wired.has(key)))
    extra = Object.keys(left).length > 0 ? JSON.stringify(left, null, 2) : ''
  }
  useComposerStore.getState().actions.reused({
    model: body.model,
    values,
    extra,
    prompt: body.prompt,
    imagesMissing: body.images ? 0 : imageCount,
  })
}
