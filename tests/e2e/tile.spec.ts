import { expect, test } from './fixtures.ts'
import { expectPlaying, generate, openOnRelay, taskWindow } from './helpers.ts'

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('Tile all: six finished 16:9 windows beside the composer, every video ≥ 160 px on its short side, on screen, its actions one click away', async ({
    page,
  }) => {
    await openOnRelay(page, 'sk-sim-e2e-tile')
    const prompts = ['Dawn', 'Harbour', 'Market', 'Rain', 'Tram', 'Dusk'].map(
      (p) => `${p} over the city [sim queue=0 len=1]`,
    )
    for (const p of prompts) await generate(page, p)
    for (const p of prompts) await expectPlaying(page, p.split(' [')[0]!)

    await page.getByRole('button', { name: 'Tile all' }).click()
    const composer = (await page.getByRole('button', { name: 'Generate' }).boundingBox())!
    const boxes = []
    for (const p of prompts) {
      const win = taskWindow(page, p.split(' [')[0]!)
      const box = (await win.boundingBox())!
      boxes.push(box)
      expect(box.x).toBeGreaterThanOrEqual(composer.x + composer.width) // beside, not over
      expect(box.x + box.width).toBeLessThanOrEqual(1280)
      expect(box.y + box.height).toBeLessThanOrEqual(720 - 44) // above the dock
      const video = (await win.locator('video').boundingBox())!
      expect(Math.min(video.width, video.height)).toBeGreaterThanOrEqual(160)
      // Details and actions open from the corner of the picture.
      await expect(win.getByRole('button', { name: 'Details and actions' })).toBeVisible()
    }
    expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(2)
    expect(new Set(boxes.map((b) => Math.round(b.y))).size).toBe(3)

    // The menu holds what the roomy window shows under its video.
    const first = taskWindow(page, 'Dawn over the city')
    await first.getByRole('button', { name: 'Details and actions' }).click()
    await expect(first.getByRole('button', { name: 'Download' })).toBeVisible()
    await expect(first.getByText(/^Kept in this browser/)).toBeVisible()
    // Esc closes the menu, not the window; pressed again, the window goes to the dock.
    await first.getByRole('button', { name: 'Download' }).focus()
    await page.keyboard.press('Escape')
    await expect(first.getByRole('button', { name: 'Download' })).toBeHidden()
    await expect(first.getByRole('button', { name: 'Details and actions' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(first).toBeHidden()
  })
})
