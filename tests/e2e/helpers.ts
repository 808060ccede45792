import { expect, type Page } from '@playwright/test'

const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 8788)
export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`
/** The same simulator without any CORS header: what a browser meets at a relay that refuses it. */
export const NO_CORS_URL = `http://127.0.0.1:${SIM_PORT + 1}`

/** Points the app at a relay through the settings dialog, as a user would. */
export async function useRelay(
  page: Page,
  baseUrl: string,
  apiKey: string,
  opts: { passphrase?: string } = {},
) {
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await dialog.getByLabel('Base URL').fill(baseUrl)
  await dialog.getByLabel('API key', { exact: true }).fill(apiKey)
  if (opts.passphrase) {
    await dialog.getByLabel('Lock with a passphrase').check()
    await dialog.getByLabel('Passphrase', { exact: true }).fill(opts.passphrase)
    await dialog.getByLabel('Repeat passphrase').fill(opts.passphrase)
  }
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
}

export async function generate(page: Page, prompt: string) {
  await page.getByRole('textbox', { name: 'Prompt' }).fill(prompt)
  await page.getByRole('button', { name: 'Generate' }).click()
}

/** Console errors, except the network errors a test provokes on purpose. */
export function collectConsoleErrors(page: Page, allowed: RegExp[] = []) {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    const text = msg.text()
    if (!allowed.some((re) => re.test(text))) errors.push(text)
  })
  page.on('pageerror', (err) => errors.push(String(err)))
  return errors
}

/** The window of the task whose prompt starts with `prompt`. */
export const taskWindow = (page: Page, prompt: string) =>
  page.getByRole('region', { name: new RegExp(prompt.replace(/[[\]().*+?^$|\\]/g, '\\$&')) })

/** The video really plays: its clock moves. */
export async function expectPlaying(page: Page, prompt: string) {
  const video = taskWindow(page, prompt).locator('video')
  await expect(video).toBeVisible()
  const first = await video.evaluate((v: HTMLVideoElement) => v.currentTime)
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(first + 0.3)
}
