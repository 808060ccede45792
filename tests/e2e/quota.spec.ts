import { expect, test } from './fixtures.ts'
import { BARE_URL, generate, taskWindow } from './helpers.ts'
import type { APIRequestContext } from '@playwright/test'

/** Spends an account's quota at a relay, as earlier jobs would have, until it refuses one. */
async function spendAll(
  request: APIRequestContext,
  baseUrl: string,
  key: string,
  body: Record<string, unknown> = { model: 'veo3-4k' },
) {
  for (let i = 0; i < 30; i++) {
    const res = await request.post(`${baseUrl}/v2/videos/generations`, {
      headers: { Authorization: `Bearer ${key}` },
      data: { ...body, prompt: 'spend [sim queue=0 len=0]' },
    })
    if (res.status() === 403) return
    expect(res.status()).toBe(200)
  }
  throw new Error('the relay never said the quota was short')
}

const quotaOf = async (request: APIRequestContext, baseUrl: string, key: string) =>
  (
    (await (
      await request.get(`${baseUrl}/v1/token/quota`, {
        headers: { Authorization: `Bearer ${key}` },
      })
    ).json()) as { quota: number }
  ).quota

test('each browser has its own demo account; "Reset demo quota" refills it, and only it', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  await expect(page.getByText('Demo relay — play quota, no real charge')).toBeVisible()
  const demoKey = () => page.evaluate(() => localStorage.getItem('sora-studio.demo-account'))
  const mine = (await demoKey())!
  expect(mine).toMatch(/^sk-demo-[0-9a-z]+$/)
  await page.reload()
  await expect(page.getByText('Demo relay — play quota, no real charge')).toBeVisible()
  expect(await demoKey()).toBe(mine)

  // Another browser (profile): another account.
  const other = await browser.newContext()
  const theirPage = await other.newPage()
  await theirPage.goto('/')
  await expect(theirPage.getByText('Demo relay — play quota, no real charge')).toBeVisible()
  const theirs = (await theirPage.evaluate(() => localStorage.getItem('sora-studio.demo-account')))!
  expect(theirs).toMatch(/^sk-demo-/)
  expect(theirs).not.toBe(mine)

  // This browser spends all it has; the other's quota is untouched.
  const demo = new URL('/sim', page.url()).href
  await spendAll(page.request, demo, mine)
  expect(await quotaOf(page.request, demo, theirs)).toBe(5_000_000)
  await page.getByRole('button', { name: /^Quota/ }).click()
  await expect(page.getByRole('button', { name: /^Quota/ })).toHaveText('Quota 0.00 / 10.00')
  const cost = page.getByText(/^Price: 0\.50 per video · more than your balance of 0\.00/)
  await expect(cost).toBeVisible()

  await cost.getByRole('button', { name: 'Reset demo quota' }).click()
  await expect(cost).toBeHidden()
  await expect(page.getByRole('button', { name: /^Quota/ })).toHaveText('Quota 10.00 / 10.00')
  expect(await quotaOf(page.request, demo, mine)).toBe(5_000_000)
  await other.close()
})

test('a bare relay (no model list, charged by the second and size) connects, quotes no price, and its short-balance advice fits', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-bare'
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await dialog.getByLabel('Base URL').fill(BARE_URL)
  await dialog.getByLabel('API key', { exact: true }).fill(key)
  await dialog.getByRole('button', { name: 'Test connection' }).click()
  await expect(dialog.getByRole('status').first()).toContainText('Connected')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  await expect(page.getByRole('button', { name: /^Quota/ })).toHaveText('Quota 10.00 / 10.00')
  await expect(page.getByText(/^Price:/)).toHaveCount(0)
  // Down to less than one 10-second sora-2 video costs there.
  await spendAll(page.request, BARE_URL, key, { model: 'sora-2', duration: '10' })
  await generate(page, 'A lantern on a jetty')
  const alert = taskWindow(page, 'A lantern on a jetty').getByRole('alert')
  await expect(alert).toContainText('The account does not have enough quota for this request.')
  await expect(alert).toContainText(
    'where a relay charges by the second and the size, a shorter or smaller video costs less',
  )
})
