import AxeBuilder from '@axe-core/playwright'
import type { Request } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectPlaying, generate, NO_CORS_URL, SIM_URL, useRelay, openOnRelay } from './helpers.ts'
import { dumpStorage, secretForms } from './secrets.ts'

// one simulator account per test: quotas do not leak between them
const KEY = 'sk-sim-Secret-E2E-9f8e7d6c5b4aQ7xZ'
const LOCK_KEY = 'sk-sim-Locked-E2E-1a2b3c4d5e6fW3rT'

test('credentials are sealed at rest, sent only in the Authorization header, and survive a reload', async ({
  page,
  context,
}) => {
  const requests: Request[] = []
  page.on('request', (r) => requests.push(r))
  await openOnRelay(page, KEY)
  await generate(page, 'A tram in the fog [sim queue=0 len=2]')
  await expectPlaying(page, 'A tram in the fog')

  // Result links the relay returned may be kept as they are (they are the relay's, not ours).
  const stored = (await dumpStorage(page, context)).replace(
    /http:\/\/127\.0\.0\.1:\d+\/media\/[^"\s\\]+/g,
    '<result link>',
  )
  expect(stored.length).toBeGreaterThan(0)
  for (const form of secretForms(KEY)) expect(stored, `key as ${form}`).not.toContain(form)
  expect(stored).not.toContain(SIM_URL)
  expect(stored).not.toContain('127.0.0.1:8788')

  // the DOM shows at most the key's last four characters
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await expect(dialog.getByText(/ending in 7xZ|ending in Q7xZ/)).toBeVisible()
  const html = await page.evaluate(() => {
    const values = Array.from(document.querySelectorAll('input')).map((i) => i.value)
    return document.documentElement.outerHTML + values.join('\n')
  })
  expect(html).not.toContain(KEY.slice(0, -4))
  expect(html).not.toContain(KEY.slice(-5))
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // the key went only to the relay's origin, only in the Authorization header (the demo
  // relay on the app's own origin was called with its own demo key before saving)
  const sent = await Promise.all(
    requests.map(async (r) => ({
      url: r.url(),
      headers: await r.allHeaders(),
      body: r.postData() ?? '',
    })),
  )
  let carried = 0
  for (const r of sent) {
    expect(r.url).not.toContain(KEY)
    expect(r.body).not.toContain(KEY)
    for (const [name, value] of Object.entries(r.headers)) {
      if (!value.includes(KEY)) continue
      expect(name).toBe('authorization')
      expect(value).toBe(`Bearer ${KEY}`)
      expect(new URL(r.url).origin).toBe(SIM_URL)
      carried++
    }
  }
  expect(carried).toBeGreaterThan(2)

  await page.reload()
  await expect(page.getByRole('button', { name: /^Quota: 9\.50 \/ 10\.00/ })).toBeVisible()
  await expect(page.getByText('Demo relay — play quota, no real charge')).toBeHidden()
})

test('passphrase lock: reload asks for it, a wrong one is refused and erases nothing', async ({
  page,
}) => {
  await openOnRelay(page, LOCK_KEY, { passphrase: 'correct horse battery' })
  await expect(page.getByRole('button', { name: /^Quota: 10\.00/ })).toBeVisible()

  await page.reload()
  const unlock = page.getByRole('dialog', { name: 'Unlock Sora Studio' })
  await expect(unlock).toBeVisible()
  await unlock.getByLabel('Passphrase').fill('wrong horse battery')
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  await expect(unlock.getByRole('alert')).toHaveText(
    'That passphrase does not open your settings. Nothing was erased: try again.',
  )

  await unlock.getByLabel('Passphrase').fill('correct horse battery')
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  await expect(unlock).toBeHidden()
  await expect(page.getByRole('button', { name: /^Quota: 10\.00/ })).toBeVisible()
  await generate(page, 'A moth at a lamp [sim queue=0 len=2]')
  await expectPlaying(page, 'A moth at a lamp')
})

test('"Test connection" tells a relay that refuses browsers apart from a wrong key', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  // the connection test's live line (the models' own comes after it)
  const result = dialog.getByRole('status').first()
  await dialog.getByLabel('Base URL').fill(NO_CORS_URL)
  await dialog.getByLabel('API key').fill('sk-demo')
  await dialog.getByRole('button', { name: 'Test connection' }).click()
  await expect(result).toContainText('Blocked by the browser')
  await expect(result).toContainText(new URL(page.url()).origin)

  await dialog.getByLabel('Base URL').fill(SIM_URL)
  await dialog.getByLabel('API key').fill('sk-not-a-valid-key')
  await dialog.getByRole('button', { name: 'Test connection' }).click()
  await expect(result).toHaveText('Wrong key: the relay refused it (401).')

  await dialog.getByLabel('API key').fill('sk-demo')
  await dialog.getByRole('button', { name: 'Test connection' }).click()
  await expect(result).toContainText('Connected')

  const axe = await new AxeBuilder({ page }).include('dialog').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test('a change saved in one tab reaches the other without a reload', async ({ context }) => {
  const first = await context.newPage()
  const second = await context.newPage()
  await first.goto('/')
  await second.goto('/')
  await expect(second.getByText('Demo relay — play quota, no real charge')).toBeVisible()
  await useRelay(first, SIM_URL, 'sk-sim-two-tabs')
  await expect(second.getByText('Demo relay — play quota, no real charge')).toBeHidden()
  await generate(second, 'A kettle on a stove [sim queue=0 len=2]')
  await expectPlaying(second, 'A kettle on a stove')
})

test('the cipher downloads only when needed; if it will not, the saved settings wait for a reload, untouched', async ({
  page,
}) => {
  // The cipher's padding (crypto-js's Pkcs7) keeps its name in the built code; nothing else says it.
  const isCipher = (body: string) => body.includes('Pkcs7')
  const scripts: string[] = []
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''))
  })
  await page.goto('/')
  await expect(page.getByText('Demo relay — play quota, no real charge')).toBeVisible()
  expect(scripts.length).toBeGreaterThan(0)
  expect(scripts.filter(isCipher).length).toBe(0)

  // Pointing at the Settings button is enough: the dialog and its cipher are here before the click.
  await page.getByRole('button', { name: 'Settings' }).hover()
  await expect.poll(() => scripts.some(isCipher)).toBe(true)
  await useRelay(page, SIM_URL, 'sk-sim-Cipher-E2E-5d4c3b2a1f0e')
  const sealed = await page.evaluate(() => localStorage.getItem('sora-studio.settings'))
  expect(sealed).toContain('"ct"')

  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch()
    if (isCipher(await response.text())) await route.abort()
    else await route.fulfill({ response })
  })
  await page.reload()
  const problem = page.getByRole('alert').filter({ hasText: 'could not be opened' })
  await expect(problem).toContainText('Reload the page; nothing is lost.')
  await expect(problem.getByRole('button', { name: 'Enter credentials again' })).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('sora-studio.settings'))).toBe(sealed)

  // Handlers still fetching (the library view is fetched when the page is idle) finish first.
  await page.unrouteAll({ behavior: 'wait' })
  await problem.getByRole('button', { name: 'Reload' }).click()
  await expect(page.getByRole('button', { name: /^Quota: 10\.00/ })).toBeVisible()
  await expect(page.getByText('Demo relay — play quota, no real charge')).toBeHidden()
})
