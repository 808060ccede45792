import { useEffect, useState } from 'react'
import type { KeptEntry } from './keptIndex.ts'
import { forgetMissing, keepPlace } from './keepVideo.ts'

/**
 * A blob URL for a kept file, or null while it opens (and when it is gone: the caller falls
 * back to the link). Revoked when the window closes or the entry changes.
 */
export function useKeptSource(entry: KeptEntry | undefined): {
  src: string | null
  missing: boolean
} {
  const name = entry?.state === 'kept' ? entry.name : null
  const localId = entry?.localId
  const [state, setState] = useState<{ for: string; src: string | null } | null>(null)
  useEffect(() => {
    if (!name) return
    let url: string | null = null
    let live = true
    void keepPlace.files.open(name).then((file) => {
      if (!live) return
      url = file ? URL.createObjectURL(file) : null
      setState({ for: name, src: url })
      // Gone (site data cleared, or the browser evicted it): say so no more, keep it again.
      if (!file && localId) void forgetMissing(localId, name)
    })
    return () => {
      live = false
      if (url) URL.revokeObjectURL(url)
    }
  }, [name, localId])
  if (!name || state?.for !== name) return { src: null, missing: false }
  return { src: state.src, missing: state.src === null }
}
