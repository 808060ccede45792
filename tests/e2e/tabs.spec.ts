import { expect, test } from './fixtures.ts'
import { expectPlaying, generate, openOnRelay, taskWindow } from './helpers.ts'

test('two tabs each create a task: each sees the other’s at once, and after reloading both, each lists both', async ({
  context,
}) => {
  const a = await context.newPage()
  const b = await context.newPage()
  for (const page of [a, b]) {
    await page.goto('/')
    await expect(page.getByRole('note')).toContainText('Demo relay')
  }
  await generate(a, 'Made in tab A [sim queue=0 len=2]')
  await expect(taskWindow(a, 'Made in tab A')).toBeVisible()
  await generate(b, 'Made in tab B [sim queue=0 len=2]')
  await expect(taskWindow(b, 'Made in tab B')).toBeVisible()
  // No reload: each tab hears of the other's task as it is made.
  for (const page of [a, b]) {
    await page.getByRole('button', { name: 'History' }).click()
    const history = page.getByRole('region', { name: 'All tasks' })
    await expect(history.getByText('Made in tab A [sim queue=0 len=2]')).toBeVisible()
    await expect(history.getByText('Made in tab B [sim queue=0 len=2]')).toBeVisible()
  }

  for (const page of [a, b]) {
    await page.reload()
    await page.getByRole('button', { name: 'History' }).click()
    const history = page.getByRole('region', { name: 'All tasks' })
    await expect(history.getByText('Made in tab A [sim queue=0 len=2]')).toBeVisible()
    await expect(history.getByText('Made in tab B [sim queue=0 len=2]')).toBeVisible()
  }
})

test('one tab polls for all: the other sends no status read yet shows the progress; when the first closes, the other finishes the job', async ({
  context,
}) => {
  const isStatusRead = (url: string, method: string) =>
    method === 'GET' && /\/v2\/videos\/generations\/[^/]+$/.test(new URL(url).pathname)
  const a = await context.newPage()
  await openOnRelay(a, 'sk-sim-e2e-one-tab')
  await generate(a, 'Shared work [sim queue=1 len=12]')
  await expect(taskWindow(a, 'Shared work').getByText(/^(Queued|Generating)/)).toBeVisible()

  const b = await context.newPage()
  let readsByB = 0
  b.on('request', (r) => {
    if (isStatusRead(r.url(), r.method())) readsByB++
  })
  await b.goto('/')
  await b.getByRole('button', { name: 'History' }).click()
  await b
    .getByRole('region', { name: 'All tasks' })
    .getByRole('button', { name: /Open: Shared work/ })
    .click()
  const bar = taskWindow(b, 'Shared work').getByRole('progressbar', { name: 'Progress' })
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 20_000 })
    .toBeGreaterThan(0)
  expect(readsByB).toBe(0)

  await a.close()
  await expectPlaying(b, 'Shared work')
  expect(readsByB).toBeGreaterThan(0)
})
