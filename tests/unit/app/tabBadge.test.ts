import { describe, expect, it } from 'vitest'
import { faviconHref, tabTitle } from '../../../src/app/tabBadge.ts'

describe('the tab’s title and icon', () => {
  it('count what runs and what finished unseen, and say nothing when nothing does', () => {
    expect(tabTitle('Sora Studio', 0, 0)).toBe('Sora Studio')
    expect(tabTitle('Sora Studio', 0, 2)).toBe('(2 ✓) Sora Studio')
    expect(tabTitle('Library · Sora Studio', 1, 2)).toBe('(1 ⏳ · 2 ✓) Library · Sora Studio')
  })

  it('draws the unseen count on the icon (9+ past nine), a dot while jobs run', () => {
    const svg = (href: string) => decodeURIComponent(href.replace('data:image/svg+xml,', ''))
    expect(svg(faviconHref(0, 3))).toContain('>3</text>')
    expect(svg(faviconHref(0, 12))).toContain('>9+</text>')
    expect(svg(faviconHref(2, 0))).toContain('<circle')
    expect(svg(faviconHref(2, 0))).not.toContain('<text')
    expect(svg(faviconHref(0, 0))).not.toContain('<circle')
  })
})
