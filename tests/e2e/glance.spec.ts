import { expect, test } from './fixtures.ts'
import { generate, openOnRelay, taskWindow } from './helpers.ts'

/** The creator looks elsewhere, or back (headless pages always report visible and focused). */
const look = (page: import('@playwright/test').Page, away: boolean) =>
  page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (hidden ? 'hidden' : 'visible'),
    })
    document.hasFocus = () => !hidden
    document.dispatchEvent(new Event('visibilitychange'))
  }, away)

test('status at a glance: the title bar and the dock chip say where a job stands; the tab counts jobs running and finished unseen', async ({
  page,
}) => {
  await openOnRelay(page, 'sk-sim-e2e-glance')
  await expect(page).toHaveTitle('Sora Studio')
  await generate(page, 'A paper lantern rising [sim queue=1 len=6]')
  const win = taskWindow(page, 'A paper lantern')
  await expect(page).toHaveTitle('(1 ⏳) Sora Studio')
  // The title bar: a dot named for screen readers, then the percentage.
  const bar = win.locator('header')
  await expect(bar.getByRole('img', { name: 'Generating' })).toBeVisible({ timeout: 15_000 })
  await expect(bar).toContainText(/\d+%/)

  // Minimised, its dock chip says the same.
  await win.getByRole('button', { name: 'Minimise' }).click()
  const chip = page
    .getByRole('navigation', { name: 'Windows' })
    .getByRole('button', { name: /Show sora-2 · A paper lantern/ })
  await look(page, true)
  await expect(chip.getByRole('img', { name: 'Done' })).toBeVisible({ timeout: 20_000 })
  // Finished while nobody looked: the tab says so, and its icon too.
  await expect(page).toHaveTitle('(1 ✓) Sora Studio')
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg/)
  await expect(chip.locator('video')).toHaveCount(1) // its small poster, from the kept file

  await look(page, false)
  await expect(page).toHaveTitle('Sora Studio')
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg')
})

test('notifications: allowed, a job that ends while the tab is not looked at is notified with its prompt; refused, the settings say blocked', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['notifications'])
  // A spy on the page's Notification: what the app asks the browser to show.
  await page.addInitScript({
    content: `
      window.__notified = []
      const Real = window.Notification
      window.Notification = new Proxy(Real, {
        construct(target, args) { window.__notified.push(args[0]); return new target(...args) },
      })`,
  })
  await openOnRelay(page, 'sk-sim-e2e-notify')
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await dialog.getByRole('checkbox', { name: /desktop notification/ }).check()
  await expect(dialog.getByText(/^Allowed by the browser/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Save' }).click()

  await generate(page, 'A moth circles a lamp [sim queue=0 len=3]')
  await look(page, true)
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __notified: string[] }).__notified), {
      timeout: 20_000,
    })
    .toEqual(['Done: A moth circles a lamp [sim queue=0 len=3]'])

  // Another browser profile, with no grant: the browser refuses when asked; the box stays off
  // and says where to allow it.
  const other = await browser.newContext({ baseURL: new URL(page.url()).origin })
  const refused = await other.newPage()
  await refused.goto('/')
  await refused.getByRole('button', { name: 'Settings' }).click()
  const box = refused.getByRole('checkbox', { name: /desktop notification/ })
  await box.click()
  await expect(box).not.toBeChecked()
  await expect(refused.getByText(/^Blocked by the browser: allow notifications/)).toBeVisible()
  await other.close()
})
