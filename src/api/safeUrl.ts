const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

export const isLoopbackHost = (hostname: string) => LOOPBACK.test(hostname)

const MEDIA_URL_MAX = 16_000

const parsed = (raw: string): URL | null => {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

const isLoopbackHttp = (url: URL | null) =>
  url !== null && url.protocol === 'http:' && isLoopbackHost(url.hostname)

/**
 * Only https links may reach a <video src> or a download; http ones only on this machine, and
 * only from a relay on this machine too (a remote relay pointing at localhost is probing it).
 * Without a base URL (a stored link), any loopback http link that passed before is accepted.
 */
export function isSafeMediaUrl(raw: string, baseUrl?: string): boolean {
  // A signed CDN link runs to a few kilobytes; far longer is not a link to keep or show.
  if (raw.length > MEDIA_URL_MAX) return false
  const url = parsed(raw)
  if (url?.protocol === 'https:') return true
  return isLoopbackHttp(url) && (baseUrl === undefined || isLoopbackHttp(parsed(baseUrl)))
}

/** Same origin as the configured relay: the only place the key may be sent. */
export function isOnOrigin(raw: string, baseUrl: string): boolean {
  try {
    return new URL(raw).origin === new URL(baseUrl).origin
  } catch {
    return false
  }
}
