import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { openOnRelay, received, SIM_URL } from './helpers.ts'

const stats = async (request: APIRequestContext, key: string) =>
  (await (
    await request.get(`${SIM_URL}/__sim/stats`, { headers: { Authorization: `Bearer ${key}` } })
  ).json()) as { running: number; peakRunning: number; busyRefusals: number }

const usedQuota = async (request: APIRequestContext, key: string) =>
  (
    (await (
      await request.get(`${SIM_URL}/v1/token/quota`, {
        headers: { Authorization: `Bearer ${key}` },
      })
    ).json()) as { used_quota: number }
  ).used_quota

const creates = async (page: Page, key: string) =>
  (await received(page, key)).filter((r) => r.path === '/v2/videos/generations')

/** Opens the takes panel and asks for `n` takes of each model. */
async function askTakes(page: Page, n: number) {
  await page.getByRole('button', { name: 'More takes…' }).click()
  const panel = page.getByRole('region', { name: 'Takes' })
  await panel.getByLabel('Takes of each model').selectOption(String(n))
  return panel
}

const players = (page: Page) => page.locator('section[data-window] video')

test('3 models × 2 takes through 2 slots: never more than 2 at the relay, all 6 play, the total shown is what was charged', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-takes'
  await page.setViewportSize({ width: 1440, height: 900 })
  await openOnRelay(page, key)
  await page
    .getByRole('textbox', { name: 'Prompt' })
    .fill('A red kite over dunes [sim queue=0 len=2]')
  const panel = await askTakes(page, 2)
  await panel.getByRole('checkbox', { name: 'veo3-fast' }).check()
  await panel.getByRole('checkbox', { name: 'grok-video-3' }).check()
  // Each model's own settings, shown before sending.
  const plan = panel.getByRole('list', { name: 'What will be sent' })
  await expect(plan.getByRole('listitem')).toHaveText([
    /^sora-2 × 2 · /,
    /^veo3-fast × 2 · /,
    /^grok-video-3 × 2 · /,
  ])
  // 0.50 + 0.40 + 0.30, twice.
  await expect(page.getByText(/^Total: 2\.40 for 6 videos · balance 10\.00$/)).toBeVisible()
  await page.getByRole('button', { name: 'Generate' }).click()

  await expect(players(page)).toHaveCount(6, { timeout: 45_000 })
  const s = await stats(page.request, key)
  expect(s.peakRunning).toBe(2)
  expect(await creates(page, key)).toHaveLength(6)
  expect(await usedQuota(page.request, key)).toBe(2.4 * 500_000)
})

test('a create refused as too many at once goes back in the queue; every take finishes, charged once', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-takes-busy'
  await openOnRelay(page, key)
  // This relay runs one job per key at a time; the app sends two: the second is refused.
  await page
    .getByRole('textbox', { name: 'Prompt' })
    .fill('A paper crane [sim queue=0 len=2 maxrunning=1]')
  await askTakes(page, 3)
  await page.getByRole('button', { name: 'Generate' }).click()
  await expect(page.getByText(/The relay said it was busy, so 1 at a time/).first()).toBeVisible()
  await expect(players(page)).toHaveCount(3, { timeout: 60_000 })
  expect((await stats(page.request, key)).busyRefusals).toBeGreaterThanOrEqual(1)
  expect(await usedQuota(page.request, key)).toBe(3 * 250_000)
})

test('waiting takes survive a reload, none is sent twice, and a cancelled one sends nothing', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const key = 'sk-sim-e2e-takes-wait'
  await page.setViewportSize({ width: 1440, height: 900 })
  await openOnRelay(page, key)
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await dialog.getByLabel('Jobs sent at once to this relay').selectOption('1')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('textbox', { name: 'Prompt' }).fill('A slow tide [sim queue=0 len=8]')
  await askTakes(page, 4)
  await page.getByRole('button', { name: 'Generate' }).click()
  const waiting = page.getByText(/^Waiting for a free slot: this relay takes 1 at a time\./)
  await expect(waiting).toHaveCount(3)
  // The first is accepted and running (a reload while its create is on its way would leave it
  // "interrupted", as any create: never sent again on its own).
  await expect(page.getByRole('progressbar', { name: 'Progress' })).toHaveCount(1)

  await page.reload()
  await expect(waiting).toHaveCount(3)
  // The last one is cancelled: nothing was sent for it.
  // (From the keyboard: the cascaded windows overlap, and which is on top is not the point.)
  const cancel = waiting
    .last()
    .locator('xpath=ancestor::section[1]')
    .getByRole('button', { name: 'Cancel (nothing was sent)' })
  await cancel.focus()
  await page.keyboard.press('Enter')
  await expect(players(page)).toHaveCount(3, { timeout: 60_000 })
  expect(await creates(page, key)).toHaveLength(3)
  expect((await stats(page.request, key)).peakRunning).toBe(1)
})
