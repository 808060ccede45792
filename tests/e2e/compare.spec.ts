import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import { generate, openOnRelay, showLibrary, taskWindow } from './helpers.ts'

/** The frame number each compared player shows now, read from its block code (one task). */
const FRAMES = `[...document.querySelectorAll('video[aria-label^="Take "]')].map((v) => {
  const c = new OffscreenCanvas(v.videoWidth, v.videoHeight)
  const g = c.getContext('2d')
  g.drawImage(v, 0, 0)
  const d = g.getImageData(0, 0, v.videoWidth, 40).data
  let n = 0
  for (let i = 0; i < 12; i++) n = n * 2 + (d[(20 * v.videoWidth + 8 + i * 28 + 12) * 4] > 128 ? 1 : 0)
  return n
})`

test('four takes of different lengths play in sync after a seek and a speed change; keep, discard and undo reach the library', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  await openOnRelay(page, 'sk-sim-e2e-compare')
  const clips = ['coded4', 'coded7', 'coded12', 'coded10p']
  for (const clip of clips) await generate(page, `Coded ${clip} [sim queue=0 len=1 clip=${clip}]`)
  // Kept in the browser: the players read their own files (and a test may read their pixels).
  for (const clip of clips)
    await expect(taskWindow(page, `Coded ${clip}`).getByText(/^Kept in this browser/)).toBeAttached(
      { timeout: 30_000 },
    )

  const library = await showLibrary(page)
  await library
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: 'Select all' })
    .click()
  await library.getByRole('button', { name: 'Compare' }).click()
  const view = page.getByRole('region', { name: /^Compare \d takes$/ })
  await expect(view.locator('video')).toHaveCount(4)
  await expect
    .poll(() =>
      view
        .locator('video')
        .evaluateAll((vs) => vs.every((v) => (v as HTMLVideoElement).readyState >= 2)),
    )
    .toBe(true)

  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  const controls = view.getByRole('group', { name: 'Playback for all takes' })
  await controls.getByLabel('Position').fill('1.5')
  await controls.getByLabel('Speed').selectOption('1.5')
  await controls.getByRole('button', { name: 'Play all' }).click()
  await page.waitForTimeout(1200)
  // Within 4 s every clip is still playing: all show the same frame, give or take one.
  const frames = await page.evaluate<number[]>(FRAMES)
  expect(frames).toHaveLength(4)
  expect(Math.max(...frames) - Math.min(...frames)).toBeLessThanOrEqual(1)
  expect(Math.min(...frames)).toBeGreaterThan(36) // past the seek (1.5 s × 24)
  await controls.getByRole('button', { name: 'Pause all' }).click()

  // Keep (K) the first take, discard (X) the second, undo, then discard it for good.
  await view.focus()
  await page.keyboard.press('k')
  await expect(view.getByRole('button', { name: 'Favourite ★' })).toHaveCount(1)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('x')
  await expect(view.locator('video')).toHaveCount(3)
  await view.getByRole('button', { name: 'Undo' }).click()
  await expect(view.locator('video')).toHaveCount(4)
  await view.getByRole('button', { name: 'Discard' }).nth(1).click()
  await expect(view.locator('video')).toHaveCount(3)
  await view.getByRole('button', { name: 'Back' }).click()

  const back = await showLibrary(page)
  await expect(back.getByRole('article')).toHaveCount(3)
  await back.getByLabel('Favourites only').check()
  await expect(back.getByRole('article')).toHaveCount(1)
})
