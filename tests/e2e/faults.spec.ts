import type { Request } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectPlaying, generate, received, taskWindow, openOnRelay } from './helpers.ts'

const statusReads = (requests: Request[]) =>
  requests.filter(
    (r) =>
      r.method() === 'GET' && /\/v2\/videos\/generations\/[^/]+$/.test(new URL(r.url()).pathname),
  )

test('with 30 % of polls faulted, every window still ends in a final state, each created once', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-faults'
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await openOnRelay(page, key)
  for (const name of ['Faulty one', 'Faulty two', 'Faulty three']) {
    await generate(page, `${name} [sim queue=1 len=4 faults=0.3]`)
  }
  for (const name of ['Faulty one', 'Faulty two', 'Faulty three']) {
    await expect(taskWindow(page, name).locator('video')).toBeVisible({ timeout: 45_000 })
  }
  const sent = await received(page, key)
  expect(sent).toHaveLength(3)
  expect(errors).toEqual([])
})

test('a relay that keeps answering 429 without a readable Retry-After is backed off, not hammered', async ({
  page,
}) => {
  // The page's clock is Playwright's: 8 s of backoff pass in a moment, step by step.
  await page.clock.install()
  const requests: Request[] = []
  const inFlight = new Set<Request>()
  page.on('request', (r) => {
    requests.push(r)
    inFlight.add(r)
  })
  page.on('requestfinished', (r) => inFlight.delete(r))
  page.on('requestfailed', (r) => inFlight.delete(r))
  await openOnRelay(page, 'sk-sim-e2e-429')
  await generate(page, 'Busy relay [sim queue=0 len=4 ratelimit=1 retryafter=none]')
  const win = taskWindow(page, 'Busy relay')
  await expect(win.getByText('Reconnecting…')).toBeVisible({ timeout: 10_000 })

  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 500)
  const before = statusReads(requests).length
  for (let step = 0; step < 16; step++) {
    await page.clock.runFor(500)
    // Each read the step started is answered before time moves on.
    await expect.poll(() => inFlight.size).toBe(0)
  }
  const reads = statusReads(requests).length - before
  // capped full-jitter backoff (1 s, 2 s, 4 s, … ceilings): a handful in 8 s, never one a second
  expect(reads).toBeGreaterThanOrEqual(1)
  expect(reads).toBeLessThanOrEqual(6)
  await expect(win.getByRole('progressbar')).toHaveCount(0)
  await expect(win.getByText(/^Queued/)).toBeVisible()
})

test('a relay that is briefly rate limited still finishes the job', async ({ page }) => {
  test.setTimeout(90_000)
  await openOnRelay(page, 'sk-sim-e2e-some429')
  await generate(page, 'Sometimes busy [sim queue=0 len=3 ratelimit=0.4 retryafter=none]')
  // Finishing is the point, not how soon: a run of 429s (the simulator's draws are shared by
  // every read in the run) backs the polls off for several seconds, capped and jittered.
  await expect(taskWindow(page, 'Sometimes busy').locator('video')).toBeVisible({
    timeout: 60_000,
  })
  await expectPlaying(page, 'Sometimes busy')
})
