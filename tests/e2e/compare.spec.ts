import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
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

/** Once every task is kept in the browser (the players read their own files, and a test may
 * read their pixels): the library, Select all, Compare. */
async function compareAll(page: Page, prompts: string[]) {
  for (const prompt of prompts)
    await expect(taskWindow(page, prompt).getByText(/^Kept in this browser/)).toBeAttached({
      timeout: 30_000,
    })
  const library = await showLibrary(page)
  await library
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: 'Select all' })
    .click()
  await library.getByRole('button', { name: 'Compare' }).click()
}

test('four takes of different lengths play in sync after a seek and a speed change; keep, discard and undo reach the library', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  await openOnRelay(page, 'sk-sim-e2e-compare')
  const clips = ['coded4', 'coded7', 'coded12', 'coded10p']
  for (const clip of clips) await generate(page, `Coded ${clip} [sim queue=0 len=1 clip=${clip}]`)
  await compareAll(
    page,
    clips.map((clip) => `Coded ${clip}`),
  )
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

  // The help lists the keys.
  await view.getByText('Keyboard shortcuts').click()
  await expect(
    view.getByRole('definition').filter({ hasText: /discard the chosen take/ }),
  ).toBeVisible()
  await expect(view.getByRole('term').filter({ hasText: 'Ctrl+Z' })).toBeVisible()
  await view.getByText('Keyboard shortcuts').click()

  // Keep (K) the first take (the view has focus and the first take is chosen).
  await view.focus()
  await page.keyboard.press('k')
  await expect(view.getByRole('button', { name: 'Favourite ★' })).toHaveCount(1)
  // A click on a take chooses it: X discards the one clicked.
  const fourth = view.getByRole('article').nth(3)
  const fourthPrompt = (await fourth.locator('p[title]').getAttribute('title')) ?? ''
  await fourth.locator('video').click()
  await page.keyboard.press('x')
  await expect(view.locator('video')).toHaveCount(3)
  await expect(view.getByTitle(fourthPrompt, { exact: true })).toHaveCount(0)
  // A second discard (by its button) leaves the first undoable; Ctrl+Z and Undo bring both back.
  await view.getByRole('button', { name: 'Discard' }).nth(1).click()
  await expect(view.locator('video')).toHaveCount(2)
  await expect(view.getByText(/^2 takes discarded/)).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(view.locator('video')).toHaveCount(3)
  await view.getByRole('button', { name: 'Undo' }).click()
  await expect(view.locator('video')).toHaveCount(4)
  // Discard by the button, for good: the keys still work after the button went (K on the next).
  await view.getByRole('button', { name: 'Discard' }).nth(1).click()
  await expect(view.locator('video')).toHaveCount(3)
  await page.keyboard.press('k')
  await expect(view.getByRole('button', { name: 'Favourite ★' })).toHaveCount(2)
  await view.getByRole('button', { name: 'Back' }).click()

  const back = await showLibrary(page)
  await expect(back.getByRole('article')).toHaveCount(3)
  await back.getByLabel('Favourites only').check()
  await expect(back.getByRole('article')).toHaveCount(2)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('one take at a time: a swipe or a button brings the next, on the group’s clock', async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await openOnRelay(page, 'sk-sim-e2e-compare-phone')
    for (const clip of ['coded7', 'coded12'])
      await generate(page, `Phone ${clip} [sim queue=0 len=1 clip=${clip}]`)
    await compareAll(page, ['Phone coded7', 'Phone coded12'])
    const view = page.getByRole('region', { name: 'Compare 2 takes' })
    await expect(view.getByText('1 of 2')).toBeVisible()
    await expect(view.locator('video')).toHaveCount(1)

    const controls = view.getByRole('group', { name: 'Playback for all takes' })
    const ready = () =>
      expect
        .poll(() => view.locator('video').evaluate((v) => (v as HTMLVideoElement).readyState))
        .toBeGreaterThanOrEqual(2)
    await ready()
    await controls.getByLabel('Position').fill('2')
    await controls.getByRole('button', { name: 'Play all' }).click()
    await page.waitForTimeout(500)

    // A real touch swipe to the left, as a thumb makes it.
    const box = (await view.locator('video').boundingBox())!
    const y = box.y + box.height / 2
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: box.x + box.width - 20, y }],
    })
    for (let i = 1; i <= 6; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: box.x + box.width - 20 - i * 30, y: y + i }],
      })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await expect(view.getByText('2 of 2')).toBeVisible()
    await expect(view.getByRole('article', { name: /^Take 2:/ })).toBeVisible()

    // The take that came in plays where the group's clock is (read from its block code).
    await ready()
    await page.waitForTimeout(400)
    const frame = (await page.evaluate<number[]>(FRAMES))[0] ?? -1
    const clock = await controls.getByLabel('Position').inputValue()
    expect(Math.abs(frame - Number(clock) * 24)).toBeLessThanOrEqual(6)
    expect(frame).toBeGreaterThan(2 * 24)

    await view.getByRole('button', { name: 'Previous take' }).click()
    await expect(view.getByText('1 of 2')).toBeVisible()

    // Said in words, not in a tooltip a thumb never sees; no keyboard help without a keyboard.
    await expect(view.getByText('Swipe sideways for the next take.')).toBeVisible()
    await expect(view.getByText('Keyboard shortcuts')).toHaveCount(0)
  })
})
