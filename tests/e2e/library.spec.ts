import { expect, test } from './fixtures.ts'
import { expectPlaying, generate, openOnRelay, storedTasks, taskWindow } from './helpers.ts'

test('a finished video is kept in the browser: after its link dies it still plays, after a reload and offline', async ({
  page,
  context,
}) => {
  await openOnRelay(page, 'sk-sim-e2e-keep')
  await generate(page, 'A harbour at dusk [sim queue=0 len=2 linkttl=6]')
  const win = taskWindow(page, 'A harbour at dusk')
  await expect(win.getByText(/^Kept in this browser \(0\.\d MB\)/)).toBeVisible({ timeout: 20_000 })
  // The relay's link, as the task's record keeps it.
  const link = (await storedTasks(page))[0]?.outcome?.videoUrl ?? ''
  expect(link).toMatch(/^http/)
  await expect
    .poll(async () => (await page.request.get(link)).status(), {
      timeout: 15_000,
      intervals: [500],
    })
    .toBe(403)

  await page.reload()
  await expectPlaying(page, 'A harbour at dusk')
  await expect(win.getByText(/^Kept in this browser/)).toBeVisible()
  expect(await win.locator('video').getAttribute('src')).toMatch(/^blob:/)

  // Offline, the kept file plays from the start again: it needs no network.
  await context.setOffline(true)
  await win.locator('video').evaluate((v: HTMLVideoElement) => {
    v.currentTime = 0
    return v.play()
  })
  await expectPlaying(page, 'A harbour at dusk')
  await context.setOffline(false)
})

test('a link whose host refuses browsers, on a relay without the content route: not kept, said plainly, download offered', async ({
  page,
}) => {
  await openOnRelay(page, 'sk-sim-e2e-nokeep')
  await generate(page, 'A quiet square [sim queue=0 len=2 mediacors=0 content=404]')
  const win = taskWindow(page, 'A quiet square')
  await expect(
    win.getByText('Not kept in the browser: download it while the link lasts.'),
  ).toBeVisible({ timeout: 20_000 })
  await expect(win.getByRole('button', { name: 'Download' })).toBeVisible()
  // The page may not read that host, but a <video> needs no permission to play it.
  await expectPlaying(page, 'A quiet square')
})

test('a save cut short by a reload starts again on the next start, and leaves one whole file', async ({
  page,
}) => {
  await openOnRelay(page, 'sk-sim-e2e-resume')
  // A slow host: about five seconds for the clip.
  await generate(page, 'A slow river [sim queue=0 len=2 mediarate=60000]')
  const win = taskWindow(page, 'A slow river')
  await expect(win.getByText('Keeping a copy in this browser…')).toBeVisible({ timeout: 20_000 })
  await page.reload()
  await expect(win.getByText(/^Kept in this browser \(0\.\d MB\)/)).toBeVisible({ timeout: 30_000 })
  await expectPlaying(page, 'A slow river')
  const files = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory()
    const dir = await root.getDirectoryHandle('kept-videos')
    const out: { name: string; size: number }[] = []
    for await (const [name, handle] of dir.entries())
      if (handle.kind === 'file') out.push({ name, size: (await handle.getFile()).size })
    return out
  })
  expect(files).toHaveLength(1)
  expect(files[0]!.name).toMatch(/\.mp4$/)
  expect(files[0]!.size).toBeGreaterThan(100_000)
})

test('a full disk: the next video is not kept and says why; nothing kept is lost; removing a copy makes room', async ({
  page,
}) => {
  await openOnRelay(page, 'sk-sim-e2e-disk-full')
  await generate(page, 'A first clip [sim queue=0 len=1]')
  const first = taskWindow(page, 'A first clip')
  await expect(first.getByText(/^Kept in this browser/)).toBeVisible({ timeout: 20_000 })

  // The origin's quota, squeezed to what it uses now and a little more (CDP, as Chromium
  // applies it to every store of the origin).
  const used = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(page.url()).origin,
    quotaSize: used + 50_000,
  })

  await generate(page, 'A second clip [sim queue=0 len=1]')
  const second = taskWindow(page, 'A second clip')
  await expect(second.getByText(/^Not kept: the browser’s storage is full/)).toBeVisible({
    timeout: 20_000,
  })
  await expectPlaying(page, 'A second clip')
  await expect(first.getByText(/^Kept in this browser/)).toBeVisible()
  await expectPlaying(page, 'A first clip')

  // A way on: remove a copy saved elsewhere, then try again (the windows side by side first:
  // tiles are all picture, their details and actions one click away over it).
  await page.getByRole('button', { name: 'Tile all' }).click()
  await first.getByRole('button', { name: 'Details and actions' }).click()
  await second.getByRole('button', { name: 'Details and actions' }).click()
  await first.getByRole('button', { name: 'Remove from this browser' }).click()
  await expect(
    first.getByText('Not kept in the browser: download it while the link lasts.'),
  ).toBeVisible()
  await second.getByRole('button', { name: 'Try keeping it again' }).click()
  await expect(second.getByText(/^Kept in this browser/)).toBeVisible({ timeout: 20_000 })
})
