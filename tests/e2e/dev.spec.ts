import { expect, test } from './fixtures.ts'
import {
  DEV_URL,
  dropFile,
  expectPlaying,
  generate,
  pasteFile,
  pngFile,
  received,
  taskWindow,
} from './helpers.ts'

// The README's first command: `npm run dev`, the app on its built-in simulator, in React's
// development build and StrictMode, where an effect or a state updater runs twice.
test.use({ baseURL: DEV_URL })

test('on the dev server: a dropped and a pasted image make two thumbnails, one request with two images, a playing video, and no warning', async ({
  page,
}) => {
  const printed: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') printed.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => printed.push(`pageerror: ${e.message}`))

  await page.goto('/')
  await expect(page.getByText('Demo relay — play quota, no real charge')).toBeVisible()
  // This browser's own demo account, minted on first visit.
  const demoKey = (await page.evaluate(() => localStorage.getItem('sora-studio.demo-account')))!
  expect(demoKey).toMatch(/^sk-demo-[0-9a-z]{18}$/)

  await dropFile(page, await pngFile(page, 1600, 900, 'dropped.png'))
  await pasteFile(page, await pngFile(page, 900, 1600, 'pasted.png'))
  const thumbnails = page.getByRole('list', { name: /^Reference images/ }).getByRole('listitem')
  await expect(thumbnails).toHaveCount(2)
  // Each fitted to the 16:9 frame once prepared (the size shows then).
  await expect(thumbnails.getByRole('status')).toHaveText(['1280×720', '405×720'])

  await generate(page, 'Two references in dev mode [sim queue=0 len=2]')
  await expectPlaying(page, 'Two references in dev mode')
  await expect(taskWindow(page, 'Two references in dev mode')).toHaveCount(1)
  const creates = await received(page, demoKey, `${DEV_URL}/sim`)
  expect(creates).toHaveLength(1)
  expect(creates[0]!.body.images).toHaveLength(2)

  // The library in StrictMode: its dialog stays open until answered (an effect run twice
  // must not close it), and the task goes when confirmed.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Library' })
    .click()
  const library = page.getByRole('region', { name: 'Library' })
  await library.getByRole('button', { name: 'Delete' }).click()
  const ask = page.getByRole('dialog', { name: 'Delete this task?' })
  await expect(ask).toBeVisible()
  await page.waitForTimeout(300)
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Delete' }).click()
  await expect(library.getByText('Nothing made yet: your videos will be here.')).toBeVisible()

  expect(printed).toEqual([])
})
