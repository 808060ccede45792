import { useState } from 'react'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { saveAs } from '../../lib/saveAs.ts'

interface Props {
  /** More actions for the same row (Remix). */
  children?: React.ReactNode
  /** What plays: a blob: URL for results behind the key, else the link itself. */
  src: string
  /** The link the relay gave. */
  url: string
  name: string
  /** false: the link opens only with the key (the relay's own copy), so it is not offered to copy. */
  shareable?: boolean
}

/** Long enough for a large clip on a slow line; a host that stalls past it gets the fallback. */
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000

/** Download, copy the link, open it in a new tab. */
export function PlayerActions({ src, url, name, shareable = true, children }: Props) {
  const t = useT()
  const [note, setNote] = useState<MessageKey | null>(null)

  async function download() {
    if (src.startsWith('blob:')) return saveAs(src, name)
    try {
      // Saved as a file where the link's host allows it (CORS)…
      // A stalled host must not leave the button waiting for ever.
      const res = await fetch(src, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) })
      if (!res.ok) throw new Error(String(res.status))
      const href = URL.createObjectURL(await res.blob())
      saveAs(href, name)
      setTimeout(() => URL.revokeObjectURL(href), 10_000)
    } catch {
      // …otherwise the browser's own player can save it.
      window.open(src, '_blank', 'noopener')
      setNote('player.saveHint')
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setNote('player.copied')
    } catch {
      setNote('player.copyFailed')
    }
  }

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2 text-xs">
        <button type="button" className="btn-outline py-1" onClick={() => void download()}>
          {t('player.download')}
        </button>
        {shareable && (
          <button type="button" className="btn-outline py-1" onClick={() => void copy()}>
            {t('player.copyLink')}
          </button>
        )}
        <a className="btn-outline py-1" href={src} target="_blank" rel="noopener noreferrer">
          {t('player.openTab')}
        </a>
        {children}
      </div>
      <p role="status" className="text-xs text-slate-400">
        {note ? t(note) : ''}
      </p>
    </div>
  )
}
