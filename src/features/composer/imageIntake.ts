import type { MessageKey } from '../../lib/i18n/i18n.ts'
import type { Size } from './images/fit.ts'
import { imagesActions, useImagesStore, type ImageItem } from './imagesStore.ts'
import type { ImageRules } from '../../profiles/types.ts'
import type { ContinueFrom } from '../tasks/continueIntent.ts'

/** The box images are fitted to: the video's frame, from the model's profile. */
export type Box = Size

export const boxKey = (b: Box) => `${b.width}x${b.height}`

const newId = () => `img-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
const jobs = new Map<string, AbortController>()

/**
 * The image pipeline's main-thread half loads with the first image, not the first screen
 * (`preloadImagePipeline` starts it early, when a drag enters the page).
 */
const pipeline = () => import('./images/prepareImage.ts')
export const preloadImagePipeline = () => void pipeline().catch(() => {})

/** Fits a file image to the box in the worker; a newer box cancels an older job. */
export function prepare(item: ImageItem, box: Box, rules: ImageRules) {
  if (item.source.kind !== 'file') return
  jobs.get(item.id)?.abort()
  const controller = new AbortController()
  jobs.set(item.id, controller)
  imagesActions().updated(item.id, { status: 'preparing', box: boxKey(box) })
  const file = item.source.file
  const work = pipeline().then(async ({ prepareImage }) =>
    prepareImage(file, { box, maxImages: rules.max }, controller.signal),
  )
  work.then(
    (ready) =>
      imagesActions().updated(item.id, {
        status: 'ready',
        payload: ready.dataUrl,
        thumbnail: ready.thumbnail,
        width: ready.width,
        height: ready.height,
        error: undefined,
      }),
    (e: unknown) => {
      if (controller.signal.aborted) return
      // A refusal names its reason; anything else (the chunk would not load) is unreadable.
      const reason =
        e instanceof Error && 'reason' in e && isPrepReason(e.reason) ? e.reason : 'unreadable'
      imagesActions().updated(item.id, { status: 'error', error: reason })
    },
  )
}

function cancelPreparation(id: string) {
  jobs.get(id)?.abort()
  jobs.delete(id)
}

const PREP_REASONS = ['unsupported', 'too_large', 'too_many_pixels', 'unreadable'] as const
const isPrepReason = (r: unknown): r is (typeof PREP_REASONS)[number] =>
  PREP_REASONS.some((x) => x === r)

/** Adds dropped, pasted or picked files; returns why some were refused, if any were. */
export function addFiles(
  files: readonly File[],
  box: Box,
  rules: ImageRules,
  from?: ContinueFrom,
): MessageKey | null {
  if (files.length === 0) return null
  if (rules.accepts === 'https') return 'composer.linksOnly'
  const room = rules.max - useImagesStore.getState().items.length
  const taken = files.slice(0, Math.max(0, room))
  const items: ImageItem[] = taken.map((file) => ({
    id: newId(),
    source: { kind: 'file', file, name: file.name },
    status: 'preparing',
    ...(from && { from }),
  }))
  imagesActions().added(items)
  items.forEach((item) => prepare(item, box, rules))
  return taken.length < files.length ? 'composer.tooManyImages' : null
}

/** Adds a pasted link: only https (the relay fetches it; anything else could be unsafe or unreachable). */
export function addUrl(raw: string, rules: ImageRules): MessageKey | null {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return 'composer.urlInvalid'
  }
  if (url.protocol !== 'https:') return 'composer.urlNotHttps'
  if (useImagesStore.getState().items.length >= rules.max) return 'composer.tooManyImages'
  imagesActions().added([
    {
      id: newId(),
      source: { kind: 'url', url: url.href },
      status: 'ready',
      payload: url.href,
      thumbnail: url.href,
    },
  ])
  return null
}

export function removeImage(id: string) {
  cancelPreparation(id)
  imagesActions().removed(id)
}

/**
 * Images already in the tray that the chosen model cannot take (after a model switch): files
 * where it takes links only, or more than it allows. They stay (switching back makes them
 * usable again); Generate waits until they are removed, and says why.
 */
export function imageMismatch(items: readonly ImageItem[], rules: ImageRules): MessageKey | null {
  if (rules.accepts === 'https' && items.some((i) => i.source.kind === 'file'))
    return 'composer.filesNotForModel'
  if (items.length > rules.max) return 'composer.tooManyForModel'
  return null
}
