import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { dropFile, generate, openOnRelay, pngFile, taskWindow } from './helpers.ts'

test.describe('first launch at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('the empty workspace says where windows will appear and offers example prompts; Generate is in view without scrolling', async ({
    page,
  }) => {
    await page.goto('/')
    const steps = page.getByRole('region', { name: 'Your videos will appear here' })
    await expect(steps).toContainText('Each job opens here in its own window')
    await expect(page.getByRole('button', { name: 'Generate' })).toBeInViewport({ ratio: 1 })
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

    // An example goes into the prompt box; nothing is sent until Generate.
    await steps.getByRole('button', { name: /^Aerial shot of turquoise waves/ }).click()
    const prompt = page.getByRole('textbox', { name: 'Prompt' })
    await expect(prompt).toHaveValue(/^Aerial shot of turquoise waves/)
    await expect(prompt).toBeFocused()
    await expect(page.getByRole('region', { name: /^sora-2 · / })).toHaveCount(0)
    await page.getByRole('button', { name: 'Generate' }).click()
    await expect(taskWindow(page, 'Aerial shot of turquoise waves')).toBeVisible()
    await expect(steps).toBeHidden()
  })
})

test.describe('a maximised window at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('is above the composer’s sticky Generate: its own buttons take the clicks', async ({
    page,
  }) => {
    await openOnRelay(page, 'sk-sim-e2e-maximised')
    await generate(page, 'A kettle whistles [sim queue=0 len=1]')
    const win = taskWindow(page, 'A kettle whistles')
    await expect(win.locator('video')).toBeVisible({ timeout: 20_000 })
    await win.getByRole('button', { name: 'Maximise' }).click()
    // A trial click checks that nothing else is over the button at its centre.
    await win.getByRole('button', { name: 'Download' }).click({ trial: true, timeout: 5_000 })
  })
})

/** Whether the dock and a box share any pixel. */
const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** Generate is on screen, clear of the dock, and a click at its centre reaches it. */
async function generateInReach(page: Page) {
  const button = page.getByRole('button', { name: 'Generate' })
  const dock = (await page.getByRole('navigation', { name: 'Windows' }).boundingBox())!
  const box = (await button.boundingBox())!
  expect(overlaps(box, dock), 'the dock covers Generate').toBe(false)
  const viewport = page.viewportSize()!
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
  const hit = await button.evaluate(
    (el, [x, y]) => el.contains(document.elementFromPoint(x!, y!)),
    [box.x + box.width / 2, box.y + box.height / 2],
  )
  expect(hit, 'something else is on top of Generate').toBe(true)
}

for (const [width, height] of [
  [1440, 900],
  [1280, 720],
  [390, 844],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } })

    test('the dock never covers Generate or the composer, with a full tray and many minimised jobs', async ({
      page,
    }) => {
      await openOnRelay(page, `sk-sim-e2e-dock-${width}`)
      const prompts = ['Kite', 'Ferry', 'Heron', 'Lamp', 'Tram', 'Snow', 'Bell', 'Moth'].map(
        (p) => `${p} at the quay [sim queue=0 len=1]`,
      )
      for (const p of prompts) await generate(page, p)
      // The newest window is on top: minimised first, as a creator would.
      for (const p of [...prompts].reverse()) {
        const win = taskWindow(page, p.split(' [')[0]!)
        await win.getByRole('button', { name: 'Minimise' }).click()
      }
      const chips = page.getByRole('navigation', { name: 'Windows' }).getByRole('listitem')
      await expect(chips).toHaveCount(prompts.length)
      // Four images in the tray: the composer at its tallest.
      for (const [w, h] of [
        [1600, 900],
        [900, 1600],
        [1200, 1200],
        [800, 600],
      ] as const)
        await dropFile(page, await pngFile(page, w, h, `${w}x${h}.png`))
      await expect(
        page.getByRole('list', { name: /^Reference images/ }).getByRole('listitem'),
      ).toHaveCount(4)

      // At the top of the page, half way and at the end: Generate stays in reach.
      await page.evaluate(() => window.scrollTo(0, 0))
      await generateInReach(page)
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2))
      await generateInReach(page)
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await generateInReach(page)
      // Scrolled to its end, the whole composer clears the dock.
      const form = (await page
        .locator('form')
        .filter({ has: page.getByRole('button', { name: 'Generate' }) })
        .boundingBox())!
      const dock = (await page.getByRole('navigation', { name: 'Windows' }).boundingBox())!
      expect(form.y + form.height).toBeLessThanOrEqual(dock.y)
    })
  })
}
