import { expect, test } from './fixtures.ts'
import {
  dragWindow,
  expectPlaying,
  generate,
  received,
  SIM_URL,
  taskWindow,
  useRelay,
  openOnRelay,
} from './helpers.ts'

const FULL = 'Browser storage is full: new tasks and changes are not kept across a reload.'

test('with localStorage full, a create, its polls, a window move and a settings save each go on, are said once, and are kept once there is room', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-full'
  await openOnRelay(page, key)

  // Fill this origin's localStorage to the last few bytes Chromium allows: every write the app
  // makes from now on is refused with a real QuotaExceededError.
  const fillers = await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20)
    let n = 0
    while (chunk.length >= 8) {
      try {
        localStorage.setItem(`filler-${n}`, chunk)
        n++
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1)
      }
    }
    return n
  })
  expect(fillers).toBeGreaterThan(0)

  // A create: the relay accepts it (and charges), so it runs to its video; nothing offers to
  // send it again.
  await generate(page, 'A full disk [sim queue=1 len=3]')
  const banner = page.getByRole('alert').filter({ hasText: FULL })
  await expect(banner).toBeVisible()
  const win = taskWindow(page, 'A full disk')
  await expectPlaying(page, 'A full disk')
  await expect(win.getByRole('button', { name: 'Try again' })).toHaveCount(0)
  await expect(win.getByText(/could not be reached/)).toHaveCount(0)
  expect(await received(page, key)).toHaveLength(1)

  // A window move: the window goes where it is dragged.
  const before = (await win.boundingBox())!
  await dragWindow(page, 'A full disk', 100, 40)
  const moved = (await win.boundingBox())!
  expect(Math.round(moved.x - before.x)).toBe(100)

  // A settings save: the dialog closes and the new key is in use at once.
  await useRelay(page, SIM_URL, 'sk-sim-e2e-full-second')
  await expect(page.getByRole('button', { name: /^Quota: / })).toBeVisible()
  // Said once, not once per refused write.
  await expect(banner).toHaveCount(1)

  // Room again: one press keeps everything, and a reload shows it all.
  await page.evaluate((n) => {
    for (let i = 0; i < n; i++) localStorage.removeItem(`filler-${i}`)
  }, fillers + 1)
  await banner.getByRole('button', { name: 'Try saving again' }).click()
  await expect(banner).toBeHidden()
  await page.reload()
  await expectPlaying(page, 'A full disk')
  expect(Math.round((await win.boundingBox())!.x)).toBe(Math.round(moved.x))
  // The dialog never shows a saved key, only its last four characters: the second one's.
  await page.getByRole('button', { name: 'Settings' }).click()
  const keyField = page
    .getByRole('dialog', { name: 'Relay settings' })
    .getByLabel('API key', { exact: true })
  await expect(keyField).toHaveAttribute('placeholder', '••••cond')
})
