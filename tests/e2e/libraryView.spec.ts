import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import {
  collectConsoleErrors,
  expectPlaying,
  generate,
  openOnRelay,
  received,
  showLibrary,
  taskWindow,
} from './helpers.ts'

const EGRET = '一只白鹭在稻田上低飞 [sim queue=0 len=2]'

/** Files kept in the browser (OPFS), by name. */
const keptFiles = (page: Page) =>
  page.evaluate(async () => {
    const root = await navigator.storage.getDirectory()
    const dir = await root.getDirectoryHandle('kept-videos', { create: true })
    const names: string[] = []
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys())
      names.push(name)
    return names
  })

test('the library finds a task by a Chinese prompt, Reuse puts it back in the composer, and delete frees its kept file', async ({
  page,
}) => {
  await openOnRelay(page, 'sk-sim-e2e-library-view')
  await generate(page, EGRET)
  await expect(taskWindow(page, '一只白鹭').getByText(/^Kept in this browser/)).toBeVisible({
    timeout: 20_000,
  })
  await generate(page, 'A lighthouse at night [sim queue=0 len=2]')
  await expectPlaying(page, 'A lighthouse at night')

  await showLibrary(page)
  const library = page.getByRole('region', { name: 'Library' })
  await expect(library.getByRole('article')).toHaveCount(2)
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([])

  // Found by any run of its characters; filtered out by status; back with Clear filters.
  await library.getByLabel('Search prompts').fill('白鹭')
  await expect(library.getByRole('article')).toHaveCount(1)
  await expect(library.getByRole('article')).toHaveAccessibleName(EGRET)
  await library.getByLabel('Status').selectOption('failed')
  await expect(library.getByText('No task matches these filters.')).toBeVisible()
  await library.getByRole('button', { name: 'Clear filters' }).click()
  await expect(library.getByRole('article')).toHaveCount(2)

  // Reuse: the workspace again, its prompt in the composer, said so.
  await library.getByLabel('Search prompts').fill('白鹭')
  await library.getByRole('button', { name: 'Reuse' }).click()
  await expect(page.getByRole('textbox', { name: 'Prompt' })).toHaveValue(EGRET)
  await expect(page.getByRole('status').filter({ hasText: 'back in the form' })).toBeVisible()

  // Delete asks, says what it frees, and takes the kept file with it.
  expect(await keptFiles(page)).toHaveLength(2)
  await showLibrary(page)
  await library.getByLabel('Search prompts').fill('白鹭')
  await library.getByRole('button', { name: 'Delete' }).click()
  const ask = page.getByRole('dialog', { name: 'Delete this task?' })
  await expect(ask).toContainText(/\(\d+\.\d MB freed\)/)
  await ask.getByRole('button', { name: 'Delete' }).click()
  await expect(library.getByRole('status')).toHaveText('Deleted.')
  await expect(library.getByText('No task matches these filters.')).toBeVisible()
  await expect.poll(() => keptFiles(page)).toHaveLength(1)

  // Gone after a reload too, its window with it; the other task stays.
  await page.reload()
  await expect(page.getByRole('region', { name: 'Library' }).getByRole('article')).toHaveCount(1)
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Workspace' })
    .click()
  await expect(taskWindow(page, 'A lighthouse at night')).toBeVisible()
  await expect(taskWindow(page, '一只白鹭')).toHaveCount(0)
})

test('a video file from the disk joins the library with no relay task: it plays in its window, from the file, and survives a reload', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page)
  await openOnRelay(page, 'sk-sim-e2e-library-file')
  await showLibrary(page)
  const library = page.getByRole('region', { name: 'Library' })
  await library
    .getByLabel('Import an archive or videos…')
    .setInputFiles(['simulator/media/landscape.mp4'])
  await expect(library.getByRole('status')).toHaveText('Added 1 video file(s) to the library.')
  const card = library.getByRole('article', { name: 'landscape' })
  // Its shape and length read from the file itself.
  await expect(card).toContainText(/Imported file · \d+ s · .* · Kept · /)
  await expect(card.getByRole('button', { name: 'Reuse' })).toHaveCount(0)

  await card.getByRole('button', { name: 'Open' }).click()
  await expectPlaying(page, 'Imported · landscape.mp4')
  const win = taskWindow(page, 'Imported · landscape.mp4')
  await expect(win.getByText(/^Imported from landscape\.mp4 · \d+ s · /)).toBeVisible()
  expect(await win.locator('video').getAttribute('src')).toMatch(/^blob:/)

  await page.reload()
  await expectPlaying(page, 'Imported · landscape.mp4')
  // Nothing was asked of the relay for it, and nothing failed.
  expect((await received(page, 'sk-sim-e2e-library-file')).map((r) => r.path)).not.toContainEqual(
    expect.stringMatching(/generations|videos/),
  )
  expect(errors).toEqual([])
})
