import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import { expect, test } from './fixtures.ts'
import {
  expectPlaying,
  frameNumberOf,
  received,
  storedTasks,
  useRelay,
  SIM_URL,
} from './helpers.ts'
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

/**
 * The block codes of every frame of an MP4, in order (simulator/media/make-clips.sh), read at
 * `scale` (2: a 640×360 clip shown at 1280×720).
 */
function frameCodes(file: string, scale = 1): number[] {
  const [w, h] = [352 * scale, 40 * scale]
  const raw = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-vf', `crop=${w}:${h}:0:0,format=gray`, '-f', 'rawvideo', '-'],
    { maxBuffer: 256 * 1024 * 1024 },
  )
  const codes: number[] = []
  for (let at = 0; at + w * h <= raw.length; at += w * h) {
    let n = 0
    for (let i = 0; i < 12; i++)
      n = n * 2 + (raw[at + 20 * scale * w + (8 + i * 28 + 12) * scale]! > 128 ? 1 : 0)
    codes.push(n)
  }
  return codes
}

const streams = (file: string) =>
  String(
    execFileSync('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'stream=codec_name',
      '-of',
      'default=nw=1:nk=1',
      file,
    ]),
  )
    .trim()
    .split('\n')

/** Generates every shot planned, waits until each is ready, exports, and saves the film. */
async function makeFilm(
  page: Page,
  shots: number,
  path: string,
  how: RegExp,
  { cancelFirst = false } = {},
) {
  await page.getByRole('button', { name: 'Generate all' }).click()
  for (let n = 1; n <= shots; n++)
    await expect(shot(page, n).getByRole('status')).toHaveText('Ready.', { timeout: 60_000 })
  if (cancelFirst) {
    // A progress bar while it joins, and Cancel stops it: nothing saved, and it can start again.
    await page.getByRole('button', { name: 'Export film' }).click()
    await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('alert')).toHaveText('Export cancelled.')
  }
  await page.getByRole('button', { name: 'Export film' }).click()
  await expect(page.getByText(how)).toBeVisible({ timeout: 60_000 })
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download film' }).click()
  await (await download).saveAs(path)
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
  const prompts = creates.map((r) => r.body.prompt as string)
  expect(prompts.slice(0, 2).sort()).toEqual([
    'Reel one [sim queue=0 len=2 clip=reel1]',
    'Reel three [sim queue=0 len=2 clip=reel3]',
  ])
  expect(prompts[2]).toBe('Reel two [sim queue=0 len=1 clip=reel2]')
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

test('shots of another size are re-encoded to the first shot’s; sound missing from a shot is dropped, said so; sound alike is copied, sound that differs re-encoded to Opus', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000)
  await page.goto('/')
  await useRelay(page, SIM_URL, 'sk-sim-e2e-storyboard-encode')
  await newStoryboard(page, 'Mixed sizes')
  await planShots(page, [
    'Reel with sound [sim queue=0 len=1 clip=reel2a]',
    'A small clip [sim queue=0 len=1 clip=coded4]',
  ])
  const mixed = testInfo.outputPath('mixed.mp4')
  await makeFilm(
    page,
    2,
    mixed,
    /^Film saved to the library \(.+\): video re-encoded to 1280×720 · sound dropped \(some shots have none\)$/,
    { cancelFirst: true },
  )
  expect(Math.abs(seconds(mixed) - 14)).toBeLessThanOrEqual(0.1)
  expect(streams(mixed)).toEqual(['h264'])
  // Re-encoded, every frame is there and in order: 240…479 at 720p, then 0…95 scaled up.
  const codes = frameCodes(mixed)
  expect(codes).toHaveLength(240 + 96)
  expect(codes.slice(0, 240)).toEqual(Array.from({ length: 240 }, (_, i) => 240 + i))
  expect(frameCodes(mixed, 2).slice(240)).toEqual(Array.from({ length: 96 }, (_, i) => i))

  await newStoryboard(page, 'Two with sound')
  await planShots(page, [
    'Sound one [sim queue=0 len=1 clip=reel2a]',
    'Sound two [sim queue=0 len=1 clip=reel2a]',
  ])
  const sound = testInfo.outputPath('sound.mp4')
  await makeFilm(
    page,
    2,
    sound,
    /^Film saved to the library \(.+\): joined without re-encoding · sound copied$/,
  )
  expect(streams(sound)).toEqual(['h264', 'aac'])
  expect(Math.abs(seconds(sound) - 20)).toBeLessThanOrEqual(0.1)

  // Sound in every shot, but not alike (48 kHz mono, 44.1 kHz stereo): re-encoded to Opus.
  await newStoryboard(page, 'Two sounds')
  await planShots(page, [
    'First sound [sim queue=0 len=1 clip=reel2a]',
    'Other sound [sim queue=0 len=1 clip=reel3a]',
  ])
  const opus = testInfo.outputPath('opus.mp4')
  await makeFilm(
    page,
    2,
    opus,
    /^Film saved to the library \(.+\): joined without re-encoding · sound re-encoded to Opus$/,
  )
  expect(streams(opus)).toEqual(['h264', 'opus'])
  expect(Math.abs(seconds(opus) - 20)).toBeLessThanOrEqual(0.1)
  expect(frameCodes(opus)).toEqual(Array.from({ length: 480 }, (_, i) => 240 + i))
})

test('a failed shot stops only the shot that continues it; the others are made', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const key = 'sk-sim-e2e-storyboard-fail'
  await page.goto('/')
  await useRelay(page, SIM_URL, key)
  await newStoryboard(page, 'One fails')
  await planShots(
    page,
    [
      'It fails [sim queue=0 len=1 fail=other]',
      'It would continue [sim queue=0 len=1]',
      'It stands alone [sim queue=0 len=1]',
    ],
    [2],
  )
  await page.getByRole('button', { name: 'Generate all' }).click()
  await expect(shot(page, 1).getByRole('status')).toHaveText(/^Failed: /, { timeout: 30_000 })
  await expect(shot(page, 2).getByRole('status')).toHaveText(
    'Not started: shot 1 failed, and this shot continues it.',
  )
  await expect(shot(page, 3).getByRole('status')).toHaveText('Ready.', { timeout: 30_000 })
  const creates = (await received(page, key)).filter((r) => r.path === '/v2/videos/generations')
  expect(creates.map((r) => r.body.prompt as string).sort()).toEqual([
    'It fails [sim queue=0 len=1 fail=other]',
    'It stands alone [sim queue=0 len=1]',
  ])
  // Shot 1 again, alone: a new take, and shot 2 is not sent with it.
  await shot(page, 1).getByLabel('Prompt').fill('It works now [sim queue=0 len=1]')
  await shot(page, 1).getByRole('button', { name: 'Generate again' }).click()
  await expect(shot(page, 1).getByRole('status')).toHaveText('Ready.', { timeout: 30_000 })
  await expect(shot(page, 1).getByLabel('Take')).toHaveValue(/.+/)
  await expect(shot(page, 1).getByLabel('Take').locator('option')).toHaveText([
    'Take 1 · failed',
    'Take 2 · ready',
  ])
  expect(
    (await received(page, key)).filter((r) => r.path === '/v2/videos/generations'),
  ).toHaveLength(3)
})

test('reordered by keyboard and by drag, with an image of its own, a storyboard survives a reload; a fake image is refused', async ({
  page,
}) => {
  await page.goto('/')
  await useRelay(page, SIM_URL, 'sk-sim-e2e-storyboard-order')
  await newStoryboard(page, 'Order')
  await planShots(page, ['Alpha', 'Bravo', 'Charlie'])
  const prompts = () =>
    page
      .getByRole('list', { name: 'Shots' })
      .getByLabel('Prompt')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value))

  // ↑ on shot 3's handle: it becomes shot 2, and the keyboard stays on its handle.
  await shot(page, 3)
    .getByRole('button', { name: /^Reorder shot 3/ })
    .press('ArrowUp')
  expect(await prompts()).toEqual(['Alpha', 'Charlie', 'Bravo'])
  await expect(shot(page, 2).getByRole('button', { name: /^Reorder shot 2/ })).toBeFocused()
  // Dragged by its handle: shot 1 onto shot 2's place.
  // A tall window: both cards in view above the storyboard's sticky footer.
  await page.setViewportSize({ width: 1280, height: 1200 })
  const grip = shot(page, 1).getByRole('button', { name: /^Reorder shot 1/ })
  await grip.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const handle = (await grip.boundingBox())!
  const target = (await shot(page, 2).getByRole('heading').boundingBox())!
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
  await page.mouse.down()
  await page.mouse.move(target.x + 40, target.y + target.height / 2, { steps: 12 })
  await page.mouse.up()
  expect(await prompts()).toEqual(['Charlie', 'Alpha', 'Bravo'])

  // A file that only says it is an image is refused; a real one is kept with the shot.
  const picker = shot(page, 1).getByLabel('Add image')
  await picker.setInputFiles({
    name: 'fake.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<html>not an image</html>'),
  })
  await expect(shot(page, 1).getByRole('alert')).toHaveText('Not a JPEG, PNG or WebP')
  await picker.setInputFiles('simulator/media/reel3.jpg')
  await expect(shot(page, 1).getByRole('img', { name: 'Image of shot 1: reel3.jpg' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Storyboard' })).toBeVisible()
  expect(await prompts()).toEqual(['Charlie', 'Alpha', 'Bravo'])
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Order')
  await expect(shot(page, 1).getByRole('img', { name: 'Image of shot 1: reel3.jpg' })).toBeVisible()
  // Listed in the library too.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Library' })
    .click()
  await expect(page.getByRole('link', { name: /Open storyboard “Order”/ })).toBeVisible()
})

test('a continuing shot asked for before a reload is sent after it, wherever the app opens', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const key = 'sk-sim-e2e-storyboard-resume'
  await page.goto('/')
  await useRelay(page, SIM_URL, key)
  await newStoryboard(page, 'Resumed')
  await planShots(
    page,
    ['Slow start [sim queue=0 len=4 clip=reel1]', 'After the reload [sim queue=0 len=1]'],
    [2],
  )
  await page.getByRole('button', { name: 'Generate all' }).click()
  await expect(shot(page, 2).getByRole('status')).toHaveText(
    'Waits for shot 1’s video, to start from its last frame.',
  )
  // Once shot 1's create has been answered and kept with its id (a reload during its send
  // would leave it unknown, which is another test's story)…
  await expect
    .poll(async () =>
      (await storedTasks(page)).some((t) => (t as { remoteId?: string }).remoteId !== undefined),
    )
    .toBe(true)
  // …reloaded on the workspace: the storyboard is not shown, and shot 2 is still sent.
  await page.evaluate(() => history.replaceState(null, '', '/'))
  await page.reload()
  await expectPlaying(page, 'After the reload')
  const creates = (await received(page, key)).filter((r) => r.path === '/v2/videos/generations')
  expect(creates.map((r) => r.body.prompt)).toEqual([
    'Slow start [sim queue=0 len=4 clip=reel1]',
    'After the reload [sim queue=0 len=1]',
  ])
  expect(await page.evaluate(frameNumberOf, (creates[1]!.body.images as string[])[0]!)).toBe(239)
})
