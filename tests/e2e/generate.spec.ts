import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import {
  collectConsoleErrors,
  expectPlaying,
  generate,
  received,
  taskWindow,
  openOnRelay,
} from './helpers.ts'

test('the app opens on the demo relay with no console error and no accessibility violation', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Sora Studio' })).toBeVisible()
  await expect(page.getByText('Demo relay — play quota, no real charge')).toBeVisible()
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  expect(errors).toEqual([])
})

test('with no key typed, the demo relay turns a prompt into a playing video', async ({ page }) => {
  const errors = collectConsoleErrors(page)
  await page.goto('/')
  await expect(page.getByText('Demo relay — play quota, no real charge')).toBeVisible()
  const prompt = 'A paper boat on a rainy street [sim queue=1 len=5]'
  await generate(page, prompt)
  const win = taskWindow(page, 'A paper boat')
  await expect(win.getByText(/Queued|Submitting/)).toBeVisible()
  await expect(win.getByRole('progressbar', { name: 'Progress' })).toBeVisible()
  await expectPlaying(page, 'A paper boat')
  expect(errors).toEqual([])
})

test('a cross-origin relay: queued → progress bar → a video that plays', async ({ page }) => {
  const errors = collectConsoleErrors(page)
  await openOnRelay(page, 'sk-sim-e2e')
  await expect(page.getByText('Demo relay — play quota, no real charge')).toBeHidden()
  await generate(page, 'A lighthouse at dawn [sim queue=2 len=6]')
  const win = taskWindow(page, 'A lighthouse')
  await expect(win.getByText(/^Queued/)).toBeVisible()
  const bar = win.getByRole('progressbar', { name: 'Progress' })
  await expect(bar).toBeVisible()
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 15_000 })
    .toBeGreaterThan(0)
  await expectPlaying(page, 'A lighthouse')
  // the header shows the account's quota, read cross-origin too
  await expect(page.getByRole('button', { name: /^Quota: 9\.50 \/ 10\.00/ })).toBeVisible()
  expect(errors).toEqual([])
})

test('a result behind the key plays from the relay’s own origin', async ({ page }) => {
  await openOnRelay(page, 'sk-sim-private')
  await generate(page, 'A fox in the snow [sim queue=0 len=2 result=private]')
  await expectPlaying(page, 'A fox in the snow')
  const src = await taskWindow(page, 'A fox').locator('video').getAttribute('src')
  expect(src).toMatch(/^blob:/)
})

test('a wrong key shows a clear auth message in the task’s window', async ({ page }) => {
  // the 401 itself is logged by the browser as a failed resource: provoked on purpose
  const errors = collectConsoleErrors(page, [/401/])
  await openOnRelay(page, 'sk-wrong-key')
  await generate(page, 'A red kite over a beach')
  const win = taskWindow(page, 'A red kite')
  await expect(win.getByRole('alert')).toContainText('The relay refused the API key.')
  await expect(win.getByRole('alert')).toContainText('Invalid token')
  await expect(win.getByRole('button', { name: 'Open settings' })).toBeVisible()
  expect(errors).toEqual([])
})

test('a review failure says what happened and what to try, with the relay’s words', async ({
  page,
}) => {
  await openOnRelay(page, 'sk-sim-review')
  await generate(page, 'A portrait [sim queue=0 len=2 fail=image_review]')
  const alert = taskWindow(page, 'A portrait').getByRole('alert')
  await expect(alert).toContainText('An image did not pass the content review.')
  await expect(alert).toContainText('图片审核未通过')
})

test('a reload mid-job: the job completes in one window, created once, and stays after another reload', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-reload'
  await openOnRelay(page, key)
  await generate(page, 'A clock tower at noon [sim queue=2 len=6]')
  await expect(taskWindow(page, 'A clock tower').getByText(/^(Queued|Generating)/)).toBeVisible()
  await page.reload()
  await expect(taskWindow(page, 'A clock tower')).toHaveCount(1)
  await expectPlaying(page, 'A clock tower')
  expect(await received(page, key)).toHaveLength(1)
  await page.reload()
  await expectPlaying(page, 'A clock tower')
  await expect(
    taskWindow(page, 'A clock tower').getByRole('button', { name: 'Download' }),
  ).toBeVisible()
})

test('remix opens a second window next to its source, from exactly one remix request', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-remix'
  await openOnRelay(page, key)
  await generate(page, 'A sailboat at sea [sim queue=0 len=2]')
  await expectPlaying(page, 'A sailboat at sea')
  const source = taskWindow(page, 'sora-2 · A sailboat')
  await source.getByRole('button', { name: 'Remix' }).click()
  await source.getByLabel('What should change?').fill('in a storm [sim queue=0 len=2]')
  await source.getByRole('button', { name: 'Start remix' }).dblclick()
  const remix = taskWindow(page, 'Remix of “A sailboat')
  await expect(remix).toHaveCount(1)
  await expect(remix.locator('video')).toBeVisible({ timeout: 20_000 })
  const sent = await received(page, key)
  expect(sent.filter((r) => r.path.endsWith('/remix'))).toHaveLength(1)
  const [a, b] = [(await source.boundingBox())!, (await remix.boundingBox())!]
  // In a free spot near its source: not on it, not on the composer, on screen.
  const apart =
    b.x >= a.x + a.width || a.x >= b.x + b.width || b.y >= a.y + a.height || a.y >= b.y + b.height
  expect(apart, 'the remix window covers its source').toBe(true)
  const composer = (await page.locator('form').first().boundingBox())!
  expect(b.x).toBeGreaterThanOrEqual(composer.x + composer.width)
  expect(b.x + b.width).toBeLessThanOrEqual(page.viewportSize()!.width)
  expect(b.y + b.height).toBeLessThanOrEqual(page.viewportSize()!.height - 44)
})
