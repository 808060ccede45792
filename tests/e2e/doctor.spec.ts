import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { FORWARD_APP_URL, NO_CORS_URL, expectPlaying, generate } from './helpers.ts'

const KEY = 'sk-sim-e2e-doctor-Cors7Q'

/** The settings with `baseUrl` and KEY typed (not saved), and the doctor run on them. */
async function doctorOn(page: Page, baseUrl: string) {
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await dialog.getByLabel('Base URL').fill(baseUrl)
  await dialog.getByLabel('API key', { exact: true }).fill(KEY)
  await dialog.getByRole('button', { name: 'Run checks' }).click()
  return { dialog, report: dialog.getByRole('list', { name: 'Relay doctor' }) }
}

test('a relay that refuses browsers: the doctor names CORS and says how to forward to it; the report holds only the key’s last four characters', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  const { dialog, report } = await doctorOn(page, NO_CORS_URL)
  const origin = new URL(page.url()).origin
  await expect(report.getByRole('listitem').filter({ hasText: 'Browser access' })).toContainText(
    `Browser access (failed): This relay refuses browsers: it answers other programs but sends no permission for this page. Ask it to allow ${origin}, or run the studio through the forwarding server: RELAY_TARGET=${NO_CORS_URL} npm run dev, then use ${origin}/relay as the base URL.`,
  )
  // Not the key's fault, nor the address's: those lines say so.
  await expect(report.getByRole('listitem').filter({ hasText: 'Address' })).toContainText(
    '(passed)',
  )
  await expect(dialog.getByRole('button', { name: 'Use the forwarding address' })).toHaveCount(0)

  await dialog.getByRole('button', { name: 'Copy report' }).click()
  await expect(dialog.getByText(/^Report copied/)).toBeVisible()
  const text = await page.evaluate(() => navigator.clipboard.readText())
  expect(text).toContain(`Relay: ${NO_CORS_URL}`)
  expect(text).toContain('Key: …rs7Q')
  expect(text).toContain('✗ Browser access (failed)')
  expect(text).not.toContain(KEY.slice(0, -4))
  expect(text).not.toContain(KEY.slice(-5))

  const axe = await new AxeBuilder({ page }).include('dialog').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test('with forwarding on, the doctor offers the forwarding address, and the same relay makes a playing video through it', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.goto(`${FORWARD_APP_URL}/`)
  const { dialog, report } = await doctorOn(page, NO_CORS_URL)
  await expect(report.getByRole('listitem').filter({ hasText: 'Browser access' })).toContainText(
    `This relay refuses browsers, and this studio forwards to it: use ${FORWARD_APP_URL}/relay as the base URL`,
  )
  await dialog.getByRole('button', { name: 'Use the forwarding address' }).click()
  await expect(dialog.getByLabel('Base URL')).toHaveValue(`${FORWARD_APP_URL}/relay`)

  // Checked again through the forwarder: the page may call it now.
  await dialog.getByRole('button', { name: 'Run checks' }).click()
  await expect(report.getByRole('listitem').filter({ hasText: 'Browser access' })).toContainText(
    '(passed)',
  )
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  await generate(page, 'A ferry crossing at dawn [sim queue=0 len=1]')
  await expectPlaying(page, 'A ferry crossing at dawn')
  // The relay itself saw the create (read from it directly, with the key).
  const sent = (await (
    await page.request.get(`${NO_CORS_URL}/__sim/requests`, {
      headers: { Authorization: `Bearer ${KEY}` },
    })
  ).json()) as { path: string }[]
  expect(sent.map((r) => r.path)).toEqual(['/v2/videos/generations'])

  // The result's own host (the relay's media links) sends no CORS headers either: the video
  // plays, and the doctor says it cannot be kept here.
  await page.getByRole('button', { name: 'Settings' }).click()
  await dialog.getByRole('button', { name: 'Run checks' }).click()
  await expect(report.getByRole('listitem').filter({ hasText: 'Results' })).toContainText(
    'Results (failed): The results’ host refuses this page: videos play, but cannot be kept in the browser. Download them instead.',
  )
})
