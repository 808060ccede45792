import { existsSync } from 'node:fs'

/** Debian's Chromium: Playwright's own browser download cannot work on our machines. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((p): p is string => Boolean(p))
  return candidates.find((p) => existsSync(p)) ?? '/usr/bin/chromium'
}
