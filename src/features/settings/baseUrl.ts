import { isLoopbackHost } from '../../api/safeUrl.ts'

export type BaseUrlResult =
  | { ok: true; url: string; removed: string | null }
  | { ok: false; reason: 'empty' | 'invalid' | 'insecure' }

/**
 * Accepts what people paste: a trailing slash, or a whole endpoint
 * ("…/v2/videos/generations", "…/v1/chat/completions"), is cut back to the base.
 */
export function normaliseBaseUrl(raw: string): BaseUrlResult {
  const text = raw.trim()
  if (!text) return { ok: false, reason: 'empty' }
  let url: URL
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`)
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'invalid' }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    return { ok: false, reason: 'insecure' }
  if (url.username || url.password) return { ok: false, reason: 'invalid' }

  const path = url.pathname
  const endpoint = /\/v[12](\/.*)?$/i.exec(path)
  const kept = (endpoint ? path.slice(0, endpoint.index) : path).replace(/\/+$/, '')
  const removedPath = endpoint ? path.slice(endpoint.index) : ''
  const removed = removedPath + url.search + url.hash
  return { ok: true, url: url.origin + kept, removed: removed && removed !== '/' ? removed : null }
}
