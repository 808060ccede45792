import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import {
  dragWindow,
  expectPlaying,
  generate,
  openOnRelay,
  resizeWindow,
  taskWindow,
} from './helpers.ts'

test('windows drag, resize, minimise to the dock, restore, and reopen from the history', async ({
  page,
}) => {
  await openOnRelay(page, 'sk-sim-e2e-windows')
  await generate(page, 'A red balloon [sim queue=0 len=3]')
  const win = taskWindow(page, 'A red balloon')
  await expectPlaying(page, 'A red balloon')

  // drag by the title bar: the box moves by the drag
  const before = (await win.boundingBox())!
  await dragWindow(page, 'A red balloon', -120, 60)
  const moved = (await win.boundingBox())!
  expect(Math.round(moved.x - before.x)).toBe(-120)
  expect(Math.round(moved.y - before.y)).toBe(60)

  // resize from the bottom-right corner
  await resizeWindow(page, 'A red balloon', 80, 40)
  const resized = (await win.boundingBox())!
  expect(Math.round(resized.width - moved.width)).toBe(80)
  expect(Math.round(resized.height - moved.height)).toBe(40)

  // minimise, then restore from the dock, where it was
  await win.getByRole('button', { name: 'Minimise' }).click()
  await expect(win).toHaveCount(0)
  const dock = page.getByRole('navigation', { name: 'Windows' })
  await dock.getByRole('button', { name: /Show sora-2 · A red balloon/ }).click()
  await expect(win).toBeVisible()
  expect((await win.boundingBox())!.x).toBeCloseTo(resized.x, 0)

  // Esc minimises the focused window
  await win.getByRole('button', { name: 'Download' }).focus()
  await page.keyboard.press('Escape')
  await expect(win).toHaveCount(0)
  await dock.getByRole('button', { name: /Show sora-2 · A red balloon/ }).click()

  // closing keeps the task: the library (one click from the dock) reopens it, after a reload too
  await win.getByRole('button', { name: 'Close window' }).click()
  await expect(win).toHaveCount(0)
  await page.reload()
  await page
    .getByRole('navigation', { name: 'Windows' })
    .getByRole('button', { name: 'Library' })
    .click()
  const card = page
    .getByRole('region', { name: 'Library' })
    .getByRole('article', { name: /A red balloon/ })
  await expect(card.getByText(/sora-2 · 10 s · .* · Finished/)).toBeVisible()
  // The library's virtual grid and the page around it pass an accessibility scan.
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await card.getByRole('button', { name: 'Open in a window' }).click()
  await expectPlaying(page, 'A red balloon')
})

test('windows move and resize from the keyboard, and focus lands somewhere useful', async ({
  page,
}) => {
  await openOnRelay(page, 'sk-sim-e2e-keys')
  await generate(page, 'A kite [sim queue=0 len=2]')
  await generate(page, 'A glider [sim queue=0 len=2]')
  const kite = taskWindow(page, 'A kite')
  const glider = taskWindow(page, 'A glider')
  await expectPlaying(page, 'A glider')

  const grip = glider.getByRole('button', { name: /Move window/ })
  await grip.focus()
  const before = (await glider.boundingBox())!
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowDown')
  const after = (await glider.boundingBox())!
  expect(Math.round(after.x - before.x)).toBe(32)
  expect(Math.round(after.y - before.y)).toBe(16)
  expect(Math.round(after.width - before.width)).toBe(16)
  expect(Math.round(after.height - before.height)).toBe(16)
  await expect(grip).toBeFocused()

  // Esc steps back one size: a maximised window is restored where it was, then minimised
  await glider.getByRole('button', { name: 'Maximise' }).click()
  const full = (await glider.boundingBox())!
  expect(full.width).toBeGreaterThan(after.width)
  await page.keyboard.press('Escape')
  await expect.poll(async () => (await glider.boundingBox())?.width).toBeCloseTo(after.width, 0)
  expect((await glider.boundingBox())!.x).toBeCloseTo(after.x, 0)
  await page.keyboard.press('Escape')
  await expect(glider).toHaveCount(0)
  await page.getByRole('button', { name: /Show sora-2 · A glider/ }).click()
  await expect(glider).toBeVisible()

  // closing the focused window hands focus to the next window; minimising, to its dock
  // button once no window is left; closing the last, to the prompt
  await glider.getByRole('button', { name: 'Close window' }).click()
  await expect(kite).toBeFocused()
  await page.keyboard.press('Escape')
  const showKite = page.getByRole('button', { name: /Show sora-2 · A kite/ })
  await expect(showKite).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(kite).toBeFocused()
  await kite.getByRole('button', { name: 'Close window' }).click()
  await expect(page.getByLabel('Prompt')).toBeFocused()
})

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 400, height: 800 } })

  test('windows become full-width cards below the composer, every button in reach', async ({
    page,
  }) => {
    await openOnRelay(page, 'sk-sim-e2e-narrow')
    await generate(page, 'A paper lantern [sim queue=0 len=2]')
    const card = taskWindow(page, 'A paper lantern')
    // Below the composer, out of sight: Generate brings the new card into view.
    await expect(card).toBeInViewport()
    await expectPlaying(page, 'A paper lantern')
    const box = (await card.boundingBox())!
    const composer = (await page.getByRole('heading', { name: 'New video' }).boundingBox())!
    expect(box.width).toBeGreaterThan(340)
    expect(box.x + box.width).toBeLessThanOrEqual(400)
    expect(box.y).toBeGreaterThan(composer.y)
    // Desktop-only hints are not offered on a phone: no keyboard shortcut, nothing to tile.
    await expect(page.getByText('Ctrl+Enter', { exact: false })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Tile all' })).toHaveCount(0)
    await card.getByRole('button', { name: 'Close window' }).click()
    await expect(card).toHaveCount(0)
  })
})
