import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { FORWARD_APP_URL, NO_CORS_URL, expectPlaying, generate } from './helpers.ts'

const KEY = 'sk-sim-e2e-doctor-Cors7Q'

/** One finding by its check's name (other lines may mention it). */
const finding = (report: Locator, check: string) =>
  report.getByRole('listitem').filter({ hasText: new RegExp(`^.${check} \\(`) })

/** The settings with `baseUrl` and KEY typed (not saved), and the doctor run on them. */
async function doctorOn(page: Page, baseUrl: string) {
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await dialog.getByLabel('Base URL').fill(baseUrl)
  await dialog.getByLabel('API key', { exact: true }).fill(KEY)
  await dialog.getByRole('button', { name: 'Run checks' }).click()
  return { dialog, report: dialog.getByRole('list', { name: 'Findings' }) }
}

test('a relay that refuses browsers: the doctor names CORS and says how to forward to it; the report holds only the key’s last four characters', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  const { dialog, report } = await doctorOn(page, NO_CORS_URL)
  const origin = new URL(page.url()).origin
  await expect(finding(report, 'Browser access')).toContainText(
    `Browser access (failed): This relay refuses browsers: it answers, but does not allow this page (${origin}) to read its answers (CORS). First check that ${NO_CORS_URL} is the API address, not the relay’s web site. Then ask the relay’s operator to allow ${origin}, or start the studio with the forwarding server (RELAY_TARGET=${NO_CORS_URL} npm run dev) and use the address it prints, followed by /relay, as the base URL.`,
  )
  // Not the key's fault, nor the address's: those lines say so.
  await expect(finding(report, 'Address')).toContainText('(passed)')
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
  await expect(finding(report, 'Browser access')).toContainText(
    `This relay refuses browsers, and this studio forwards to it: use ${FORWARD_APP_URL}/relay as the base URL (the “Use the forwarding address” button sets it).`,
  )
  await dialog.getByRole('button', { name: 'Use the forwarding address' }).click()
  await expect(dialog.getByLabel('Base URL')).toHaveValue(`${FORWARD_APP_URL}/relay`)
  await expect(
    dialog.getByText(/^Base URL set to .+\/relay: run the checks again, then Save\.$/),
  ).toBeVisible()

  // Checked again through the forwarder: the page may call it now.
  await dialog.getByRole('button', { name: 'Run checks' }).click()
  await expect(finding(report, 'Browser access')).toContainText('(passed)')
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

  // The result's own host (the relay's media links) sends no CORS headers either: the app
  // kept the video from the relay's own copy, and the doctor says so.
  await page.getByRole('button', { name: 'Settings' }).click()
  await dialog.getByRole('button', { name: 'Run checks' }).click()
  await expect(finding(report, 'Results')).toContainText(
    'Results (passed): This page cannot read the results’ links, but the relay serves its own copy with the key',
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // A relay with no copy of its own (no /content route for this task): the video plays, but
  // nothing here can read it to keep it.
  await generate(page, 'A ferry at night [sim queue=0 len=1 content=404]')
  await expectPlaying(page, 'A ferry at night')
  await page.getByRole('button', { name: 'Settings' }).click()
  await dialog.getByRole('button', { name: 'Run checks' }).click()
  await expect(finding(report, 'Results')).toContainText(
    'Results (failed): The results’ host refuses this page, and the relay serves no copy of its own: videos play, but cannot be kept in the browser. Download them instead.',
  )
})
