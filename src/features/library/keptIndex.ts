import { openAppDb as open } from '../../lib/appDb.ts'
import { asNumber, asString, isObject } from '../../lib/guards.ts'

/** What the browser holds of a task's video. */
export type KeptEntry =
  | { localId: string; state: 'kept'; name: string; size: number; type: string; at: number }
  | { localId: string; state: 'notKept'; reason: NotKeptReason; at: number }

/**
 * Why a video is not kept: its link and the relay both failed (`unreachable`), the answer was
 * no video or came short (`notVideo`, `truncated`), the disk is full (`full`), it is larger
 * than the user's cap (`tooLarge`), this browser cannot keep files (`unsupported`), or the
 * user removed the copy to free space (`removed`: never kept again unasked). `otherRelay`:
 * the link failed and the key that could ask the task's relay is not at hand (another relay
 * is set, or none yet): tried again once the task's relay is the one set.
 */
export type NotKeptReason =
  | 'unreachable'
  | 'notVideo'
  | 'truncated'
  | 'full'
  | 'tooLarge'
  | 'unsupported'
  | 'removed'
  | 'otherRelay'

const REASONS: readonly NotKeptReason[] = [
  'unreachable',
  'notVideo',
  'truncated',
  'full',
  'tooLarge',
  'unsupported',
  'removed',
  'otherRelay',
]

/** A stored entry, or undefined when it cannot be trusted (then the video is kept afresh). */
function readKeptEntry(v: unknown): KeptEntry | undefined {
  if (!isObject(v)) return undefined
  const localId = asString(v.localId)
  const at = asNumber(v.at)
  if (localId === undefined || at === undefined) return undefined
  if (v.state === 'kept') {
    const [name, size, type] = [asString(v.name), asNumber(v.size), asString(v.type)]
    if (name === undefined || size === undefined || type === undefined) return undefined
    return { localId, state: 'kept', name, size, type, at }
  }
  const reason = REASONS.find((r) => r === v.reason)
  return v.state === 'notKept' && reason ? { localId, state: 'notKept', reason, at } : undefined
}

export const readEntries = async (): Promise<KeptEntry[]> =>
  (await (await open()).getAll('kept')).flatMap((v) => readKeptEntry(v) ?? [])
export const readEntry = async (localId: string) =>
  readKeptEntry(await (await open()).get('kept', localId))
export const writeEntry = async (entry: KeptEntry) => {
  await (await open()).put('kept', entry)
}
export const deleteEntry = async (localId: string) => {
  await (await open()).delete('kept', localId)
}
