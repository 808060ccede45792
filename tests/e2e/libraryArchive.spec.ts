import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectPlaying, generate, openOnRelay, showLibrary, taskWindow } from './helpers.ts'

// No save dialog here (as in Firefox and Safari): the archive is written to the site's private
// storage and downloaded, which Playwright can catch. (Headless Chromium's dialog cancels.)
const withoutSaveDialog = (page: Page) =>
  page.addInitScript(() => {
    Reflect.deleteProperty(window, 'showSaveFilePicker')
  })

test('export, then import into a fresh browser: prompts, parameters, lineage and playable videos come back; a damaged archive is refused whole', async ({
  page,
  browser,
}, testInfo) => {
  await withoutSaveDialog(page)
  await openOnRelay(page, 'sk-sim-e2e-archive')
  await generate(page, 'A sailboat at sea [sim queue=0 len=2]')
  await expect(
    taskWindow(page, 'A sailboat at sea').getByText(/^Kept in this browser/),
  ).toBeVisible({
    timeout: 20_000,
  })
  const source = taskWindow(page, 'sora-2 · A sailboat')
  await source.getByRole('button', { name: 'Remix' }).click()
  await source.getByLabel('What should change?').fill('in a storm [sim queue=0 len=2]')
  await source.getByRole('button', { name: 'Start remix' }).click()
  const remix = taskWindow(page, 'Remix of “A sailboat')
  // Beside its source at 1280×720 the remix's window is a small one: all picture, its
  // details (the kept note among them) one click away.
  await remix.getByRole('button', { name: 'Details and actions' }).click()
  await expect(remix.getByText(/^Kept in this browser/)).toBeVisible({ timeout: 20_000 })

  const library = await showLibrary(page)
  await expect(library.getByRole('article')).toHaveCount(2)
  const downloading = page.waitForEvent('download')
  await library.getByRole('button', { name: 'Export all shown' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^sora-studio-\d{4}-\d\d-\d\d\.zip$/)
  const archive = testInfo.outputPath('library.zip')
  await download.saveAs(archive)
  await expect(library.getByRole('status')).toHaveText('Exported 2 task(s) with 2 video(s).')

  // Another browser (a fresh profile), offline from the relay: all it has is the archive.
  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  const other = await fresh.newPage()
  await other.goto('/')
  const there = await showLibrary(other)
  await expect(there.getByText('Nothing made yet: your videos will be here.')).toBeVisible()

  // A damaged copy first (one byte changed in a video): refused, nothing taken.
  const bytes = readFileSync(archive)
  const damaged = Buffer.from(bytes)
  damaged[Math.floor(bytes.length * 0.6)]! ^= 0xff
  const damagedPath = testInfo.outputPath('damaged.zip')
  writeFileSync(damagedPath, damaged)
  await there.getByLabel('Import an archive or videos…').setInputFiles(damagedPath)
  await expect(there.getByRole('status')).toHaveText(
    'This archive is damaged or was changed. Nothing was imported.',
  )
  await expect(there.getByRole('article')).toHaveCount(0)

  // Then the archive itself.
  await there.getByLabel('Import an archive or videos…').setInputFiles(archive)
  await expect(there.getByRole('status')).toHaveText(
    'Imported 2 task(s) with 2 video(s); 0 already here were left as they are.',
  )
  const cards = there.getByRole('article')
  await expect(cards).toHaveCount(2)
  const storm = there.getByRole('article', { name: 'in a storm [sim queue=0 len=2]' })
  await expect(storm.getByRole('button', { name: /^Remix of: A sailboat/ })).toBeVisible()
  await expect(storm.getByText(/Kept · \d+\.\d MB/)).toBeVisible()

  // Reuse brings its parameters back; the source opens and plays from the kept file.
  const sail = there.getByRole('article', { name: 'A sailboat at sea [sim queue=0 len=2]' })
  await sail.getByRole('button', { name: 'Reuse' }).click()
  await expect(other.getByRole('textbox', { name: 'Prompt' })).toHaveValue(
    'A sailboat at sea [sim queue=0 len=2]',
  )
  await showLibrary(other)
  await sail.getByRole('button', { name: 'Open in a window' }).click()
  await expectPlaying(other, 'A sailboat at sea')
  expect(await taskWindow(other, 'A sailboat at sea').locator('video').getAttribute('src')).toMatch(
    /^blob:/,
  )

  // The same archive again: everything is here already, nothing doubled.
  await showLibrary(other)
  await there.getByLabel('Import an archive or videos…').setInputFiles(archive)
  await expect(there.getByRole('status')).toHaveText(
    'Imported 0 task(s) with 0 video(s); 2 already here were left as they are.',
  )
  await expect(cards).toHaveCount(2)
  await fresh.close()
})
