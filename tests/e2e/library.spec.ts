import { expect, test } from './fixtures.ts'
import { expectPlaying, generate, openOnRelay, taskWindow } from './helpers.ts'

test('a finished video is kept in the browser: after its link dies it still plays, after a reload and offline', async ({
  page,
  context,
}) => {
  await openOnRelay(page, 'sk-sim-e2e-keep')
  await generate(page, 'A harbour at dusk [sim queue=0 len=2 linkttl=6]')
  const win = taskWindow(page, 'A harbour at dusk')
  await expect(win.getByText(/^Kept in this browser \(0\.\d MB\)/)).toBeVisible({ timeout: 20_000 })
  const link = await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('sora-studio.tasks') ?? '{}') as {
      state?: { tasks?: Record<string, { outcome?: { videoUrl?: string } }> }
    }
    return Object.values(stored.state?.tasks ?? {})[0]?.outcome?.videoUrl ?? ''
  })
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
