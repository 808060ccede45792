import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectPlaying, generate, openOnRelay, showLibrary, taskWindow } from './helpers.ts'

/** Counts the page's status reads (GET of one task) from now on. */
function countReads(page: Page) {
  const count = { reads: 0 }
  page.on('request', (r) => {
    if (r.method() === 'GET' && /\/v2\/videos\/generations\/[^/]+$/.test(new URL(r.url()).pathname))
      count.reads++
  })
  return count
}

/** Opens a task's window from the library, as a user in that tab would. */
async function openFromLibrary(page: Page, prompt: string) {
  await (
    await showLibrary(page)
  )
    .getByRole('article', { name: new RegExp(prompt) })
    .getByRole('button', { name: 'Open in a window' })
    .click()
}

const progressOf = (page: Page, prompt: string) => async () =>
  Number(
    await taskWindow(page, prompt)
      .getByRole('progressbar', { name: 'Progress' })
      .getAttribute('aria-valuenow'),
  )

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
    const library = await showLibrary(page)
    await expect(library.getByText('Made in tab A [sim queue=0 len=2]')).toBeVisible()
    await expect(library.getByText('Made in tab B [sim queue=0 len=2]')).toBeVisible()
  }

  for (const page of [a, b]) {
    await page.reload()
    const library = await showLibrary(page)
    await expect(library.getByText('Made in tab A [sim queue=0 len=2]')).toBeVisible()
    await expect(library.getByText('Made in tab B [sim queue=0 len=2]')).toBeVisible()
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
  await openFromLibrary(b, 'Shared work')
  const bar = taskWindow(b, 'Shared work').getByRole('progressbar', { name: 'Progress' })
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 20_000 })
    .toBeGreaterThan(0)
  expect(readsByB).toBe(0)

  await a.close()
  await expectPlaying(b, 'Shared work')
  expect(readsByB).toBeGreaterThan(0)
})

test('a hidden working tab hands the work to a shown one (hidden tabs’ timers are throttled)', async ({
  context,
}) => {
  const a = await context.newPage()
  await openOnRelay(a, 'sk-sim-e2e-hidden-leader')
  await generate(a, 'Seen from the front [sim queue=1 len=14]')
  await expect(taskWindow(a, 'Seen from the front').getByText(/^(Queued|Generating)/)).toBeVisible()
  const b = await context.newPage()
  const byB = countReads(b)
  await b.goto('/')
  await openFromLibrary(b, 'Seen from the front')
  await expect.poll(progressOf(b, 'Seen from the front'), { timeout: 20_000 }).toBeGreaterThan(0)
  expect(byB.reads).toBe(0)

  // Another window comes in front of tab A: it is hidden, and tab B, shown, takes the work.
  const byA = countReads(a)
  await a.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect.poll(() => byB.reads, { timeout: 5_000 }).toBeGreaterThan(0)
  const readsOfAThen = byA.reads
  await expectPlaying(b, 'Seen from the front')
  // A, still open but hidden, reads no more (one read already on its way at most).
  expect(byA.reads).toBeLessThanOrEqual(readsOfAThen + 1)
})

test('a locked tab leaves the work to an unlocked one', async ({ context }) => {
  const passphrase = 'correct horse battery'
  const a = await context.newPage()
  await openOnRelay(a, 'sk-sim-e2e-locked-tab', { passphrase })
  await generate(a, 'While one tab is locked [sim queue=1 len=10]')
  await expect(
    taskWindow(a, 'While one tab is locked').getByText(/^(Queued|Generating)/),
  ).toBeVisible()
  // Tab A starts again locked (first, so it could have taken the lock): it cannot poll.
  const byA = countReads(a)
  await a.reload()
  await expect(a.getByRole('dialog', { name: 'Unlock Sora Studio' })).toBeVisible()
  // Its tasks are read and its window is back: it would have asked to lead by now.
  await expect(taskWindow(a, 'While one tab is locked')).toBeAttached()

  const b = await context.newPage()
  const byB = countReads(b)
  await b.goto('/')
  const unlock = b.getByRole('dialog', { name: 'Unlock Sora Studio' })
  await unlock.getByLabel('Passphrase').fill(passphrase)
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  await expect(unlock).toBeHidden()
  await openFromLibrary(b, 'While one tab is locked')
  await expectPlaying(b, 'While one tab is locked')
  expect(byB.reads).toBeGreaterThan(0)
  expect(byA.reads).toBe(0)
})
