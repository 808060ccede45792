import { useQuery } from '@tanstack/react-query'
import { relayKeys } from '../../api/queries.ts'
import { relay } from '../../api/relay.ts'
import { relayId } from '../../api/relayId.ts'
import { isOnOrigin } from '../../api/safeUrl.ts'
import { joinBytes } from '../../lib/bytes.ts'
import { limiter } from '../../lib/limit.ts'
import { sniffImage } from '../composer/images/sniff.ts'
import { useCredentials } from '../settings/settingsStore.ts'
import type { TaskRecord } from '../tasks/taskRecord.ts'

/** A poster is a few dozen KB: anything past this is not one, and is not held. */
const MAX_BYTES = 2 * 1024 * 1024
/** Enough of the head to know an image (JPEG, PNG, WebP) and its size. */
const HEAD_BYTES = 32

/**
 * Relays found this session to answer the thumbnail variant with something else (new-api
 * sends the whole video; a gateway without the route, a page): not asked again for any card.
 */
const noThumbnails = new Set<string>()
/**
 * One poster request at a time: a screenful of cards does not open a dozen connections to a
 * relay that may rate-limit, and the first answer that is no image spares all the others.
 */
const oneAtATime = limiter(1)

/**
 * A finished task's poster from its relay, or null: only an image whose first bytes say so
 * (a video, a page or a fake is dropped after its first chunk, never downloaded whole).
 */
const fetchThumbnail = (relayKey: string, remoteId: string, signal?: AbortSignal) =>
  oneAtATime(() => readThumbnail(relayKey, remoteId, signal), signal)

async function readThumbnail(
  relayKey: string,
  remoteId: string,
  signal?: AbortSignal,
): Promise<Blob | null> {
  if (noThumbnails.has(relayKey)) return null
  const res = await relay.openThumbnail(remoteId, { signal }).catch(() => null)
  const reader = res?.body?.getReader()
  if (!reader) return null
  const chunks: Uint8Array[] = []
  let size = 0
  let checked = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.length
      if (size > MAX_BYTES) return null
      if (!checked && size >= HEAD_BYTES) {
        if (!sniffImage(joinBytes(chunks))) {
          noThumbnails.add(relayKey)
          return null
        }
        checked = true
      }
    }
  } finally {
    await reader.cancel().catch(() => {})
  }
  const all = joinBytes(chunks)
  const image = sniffImage(all)
  if (!image) {
    noThumbnails.add(relayKey)
    return null
  }
  return new Blob([all as Uint8Array<ArrayBuffer>], { type: image.type })
}

/**
 * The relay's poster for a card whose video is not kept: asked only of the task's own relay,
 * set now, and only when its result lives on that relay's content route (the route that has a
 * thumbnail variant). Held by react-query, so a card scrolled back into view asks nothing.
 */
export function useRelayThumbnail(record: TaskRecord, wanted: boolean): Blob | null {
  const credentials = useCredentials()
  const link = record.outcome?.status === 'succeeded' ? record.outcome.videoUrl : null
  const ownRelay = credentials !== null && relayId(credentials.baseUrl) === record.relay
  const enabled =
    wanted &&
    ownRelay &&
    record.remoteId !== undefined &&
    link !== null &&
    isOnOrigin(link, credentials.baseUrl) &&
    /\/v1\/videos\/[^/]+\/content$/.test(new URL(link).pathname)
  const { data } = useQuery({
    queryKey: relayKeys.thumbnail(record.relay, record.remoteId ?? ''),
    queryFn: ({ signal }) => fetchThumbnail(record.relay, record.remoteId ?? '', signal),
    enabled,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    retry: false,
  })
  return enabled ? (data ?? null) : null
}
