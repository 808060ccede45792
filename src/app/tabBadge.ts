/**
 * The tab's title with what needs the creator: "(1 ⏳ · 2 ✓) Sora Studio" while one job runs
 * and two finished since the tab was last looked at; the plain name when nothing does.
 */
export function tabTitle(name: string, running: number, finished: number): string {
  const parts = [running > 0 ? `${running} ⏳` : null, finished > 0 ? `${finished} ✓` : null]
  const said = parts.filter((p) => p !== null).join(' · ')
  return said ? `(${said}) ${name}` : name
}

/**
 * The favicon with the same news: a green badge with the count of finished jobs not yet seen,
 * else a blue dot while any runs; the plain icon otherwise.
 */
export function faviconHref(running: number, finished: number): string {
  const base =
    '<rect width="32" height="32" rx="7" fill="#0ea5e9"/><path d="M12 9l12 7-12 7z" fill="#020617"/>'
  const badge =
    finished > 0
      ? `<circle cx="23" cy="9" r="9" fill="#10b981" stroke="#020617" stroke-width="2"/><text x="23" y="13" font-size="12" font-family="sans-serif" font-weight="700" text-anchor="middle" fill="#020617">${finished > 9 ? '9+' : finished}</text>`
      : running > 0
        ? '<circle cx="25" cy="7" r="6" fill="#f8fafc" stroke="#020617" stroke-width="2"/>'
        : ''
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${base}${badge}</svg>`
  return `data:image/svg+xml,${encodeURIComponent(svg)}`
}
