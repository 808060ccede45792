import { useEffect, useState } from 'react'
import { RelayError } from '../../api/errors.ts'
import { relay } from '../../api/relay.ts'
import { relayId } from '../../api/relayId.ts'
import { useCredentials } from '../settings/settingsStore.ts'
import { isOnOrigin } from '../../api/safeUrl.ts'
import { limiter } from '../../lib/limit.ts'

type MediaSource = { src: string | null; error: unknown }

// Clips load two at a time: a restored workspace's dozen players then arrive one after
// another, each its own short task (making a blob URL and a player is not free), instead of
// all landing in one long frame.
const loadOneByOne = limiter(2)

/**
 * A <video src> cannot send the key: results on the relay's own origin (which may sit behind
 * the key) are fetched with it into a blob. Only the task's own relay gets its key: a link that
 * relay A gave is never fetched with relay B's key, however the settings changed since. Other
 * links play as they are.
 */
export function useMediaSource(
  url: string | null,
  taskRelay: string,
  /** A copy is being kept in the browser now: a clip behind the key waits for it, not twice. */
  keeping = false,
): MediaSource {
  const baseUrl = useCredentials()?.baseUrl ?? ''
  const needsKey = url !== null && relayId(baseUrl) === taskRelay && isOnOrigin(url, baseUrl)
  const [state, setState] = useState<MediaSource & { for: string | null }>({
    src: null,
    error: null,
    for: null,
  })

  // Waiting for the keep only holds back a download not yet done: a clip already playing stays.
  const wait = keeping && state.for !== url
  useEffect(() => {
    if (!url || !needsKey || wait) return
    const controller = new AbortController()
    let objectUrl: string | null = null
    loadOneByOne(
      () => relay.fetchMedia(url, { signal: controller.signal }),
      controller.signal,
    ).then(
      (blob) => {
        if (controller.signal.aborted) return // unmounted meanwhile: never create a URL nobody revokes
        objectUrl = URL.createObjectURL(blob)
        setState({ src: objectUrl, error: null, for: url })
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        // A host that refuses pages (no CORS) may still play in a <video>, which needs none;
        // a link that is gone fails there too, and the player then asks for a fresh one.
        if (error instanceof RelayError && (error.kind === 'network' || error.kind === 'not_found'))
          setState({ src: url, error: null, for: url })
        else setState({ src: null, error, for: url })
      },
    )
    return () => {
      controller.abort()
      if (!objectUrl) return
      URL.revokeObjectURL(objectUrl)
      // Never hand out a revoked URL: a kept file played meanwhile, then was removed, and the
      // same link comes back; it loads afresh.
      const revoked = objectUrl
      setState((s) => (s.src === revoked ? { src: null, error: null, for: null } : s))
    }
  }, [url, needsKey, wait])

  if (!url) return { src: null, error: null }
  if (!needsKey) return { src: url, error: null }
  return state.for === url && !wait ? state : { src: null, error: null }
}
