const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

export const isLoopbackHost = (hostname: string) => LOOPBACK.test(hostname)

/** Only https links (or http on this machine) may reach a <video src> or a download. */
export function isSafeMediaUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))
  } catch {
    return false
  }
}

/** Same origin as the configured relay: the only place the key may be sent. */
export function isOnOrigin(raw: string, baseUrl: string): boolean {
  try {
    return new URL(raw).origin === new URL(baseUrl).origin
  } catch {
    return false
  }
}
