import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import { expect, test } from './fixtures.ts'
import { frameNumberOf, received, useRelay, SIM_URL } from './helpers.ts'
import type { Page } from '@playwright/test'

/** Opens the storyboards and starts a new one, named. */
async function newStoryboard(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Storyboard' })
    .click()
  await page.getByRole('button', { name: 'New storyboard' }).click()
  await page.getByLabel('Name', { exact: true }).fill(name)
}

const shot = (page: Page, n: number) => page.getByRole('listitem', { name: `Shot ${n}` })

/** Fills in the shots' prompts (adding shots as needed); `continues` ticks that shot's box. */
async function planShots(page: Page, prompts: string[], continues: number[] = []) {
  for (const [i, prompt] of prompts.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add shot' }).click()
    await shot(page, i + 1)
      .getByLabel('Prompt')
      .fill(prompt)
    if (continues.includes(i + 1))
      await shot(page, i + 1)
        .getByLabel('Start from the previous shot’s last frame')
        .check()
  }
}

/** The block codes of every frame of an MP4, in order (simulator/media/make-clips.sh). */
function frameCodes(file: string): number[] {
  const [w, h] = [352, 40]
  const raw = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-vf', `crop=${w}:${h}:0:0,format=gray`, '-f', 'rawvideo', '-'],
    { maxBuffer: 64 * 1024 * 1024 },
  )
  const codes: number[] = []
  for (let at = 0; at + w * h <= raw.length; at += w * h) {
    let n = 0
    for (let i = 0; i < 12; i++) n = n * 2 + (raw[at + 20 * w + 8 + i * 28 + 12]! > 128 ? 1 : 0)
    codes.push(n)
  }
  return codes
}

const seconds = (file: string) =>
  Number(
    execFileSync('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'format=duration',
      '-of',
      'default=nw=1:nk=1',
      file,
    ]),
  )

test('a three-shot storyboard: the continuing shot waits and starts from the exact last frame; the film joins them in order, without re-encoding', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000)
  const key = 'sk-sim-e2e-storyboard'
  await page.goto('/')
  await useRelay(page, SIM_URL, key)
  await newStoryboard(page, 'Three reels')
  // Reels of 10 s at 720p, numbered on from one another (0–239, 240–479, 480–719).
  await planShots(
    page,
    [
      'Reel one [sim queue=0 len=2 clip=reel1]',
      'Reel two [sim queue=0 len=1 clip=reel2]',
      'Reel three [sim queue=0 len=2 clip=reel3]',
    ],
    [2],
  )
  // The price of all three, before anything is sent (the simulator lists 0.50 per sora-2 video).
  await expect(page.getByText(/^Price of 3 shots: 1\.50/)).toBeVisible()
  await page.getByRole('button', { name: 'Generate all' }).click()
  // The continuing shot waits for shot 1's video, kept here.
  await expect(shot(page, 2).getByRole('status')).toHaveText(
    'Waits for shot 1’s video, to start from its last frame.',
  )
  for (const n of [1, 2, 3])
    await expect(shot(page, n).getByRole('status')).toHaveText('Ready.', { timeout: 60_000 })

  // Shots 1 and 3 went at once; shot 2 after them, from shot 1's last frame (frame 239).
  const creates = (await received(page, key)).filter((r) => r.path === '/v2/videos/generations')
  expect(creates.map((r) => r.body.prompt)).toEqual([
    'Reel one [sim queue=0 len=2 clip=reel1]',
    'Reel three [sim queue=0 len=2 clip=reel3]',
    'Reel two [sim queue=0 len=1 clip=reel2]',
  ])
  expect(creates[0]!.body.images).toBeUndefined()
  const image = (creates[2]!.body.images as string[])[0]!
  expect(image).toMatch(/^data:image\//)
  expect(await page.evaluate(frameNumberOf, image)).toBe(239)

  // Preview: the shots in order, the playing one marked.
  await page.getByRole('button', { name: 'Preview' }).click()
  const preview = page.getByRole('region', { name: 'Preview of the whole sequence' })
  await expect(preview.getByRole('button', { name: 'Shot 1' })).toHaveAttribute(
    'aria-current',
    'true',
  )
  await preview.getByRole('button', { name: 'Shot 3' }).click()
  await expect(preview.getByRole('button', { name: 'Shot 3' })).toHaveAttribute(
    'aria-current',
    'true',
  )
  await preview.getByRole('button', { name: 'Close preview' }).click()

  // Export: one MP4 of 30 s whose frames run 0…719 across both joins.
  await page.getByRole('button', { name: 'Export film' }).click()
  await expect(
    page.getByText(/^Film saved to the library \(.+\): joined without re-encoding · no sound$/),
  ).toBeVisible({ timeout: 30_000 })
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download film' }).click()
  const file = testInfo.outputPath('film.mp4')
  await (await download).saveAs(file)
  expect(Math.abs(seconds(file) - 30)).toBeLessThanOrEqual(0.1)
  expect(frameCodes(file)).toEqual(Array.from({ length: 720 }, (_, i) => i))
  // It plays to its end in Chromium.
  const href = await page.getByRole('link', { name: 'Download film' }).getAttribute('href')
  const ended = await page.evaluate(async (src) => {
    const v = document.createElement('video')
    v.muted = true
    v.src = src!
    v.playbackRate = 16
    await v.play()
    await new Promise((done) => v.addEventListener('ended', done, { once: true }))
    return v.currentTime
  }, href)
  expect(ended).toBeGreaterThan(29.9)

  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  // …and the film is in the library.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Library' })
    .click()
  await expect(page.getByRole('article', { name: 'Three reels' })).toBeVisible()
})
