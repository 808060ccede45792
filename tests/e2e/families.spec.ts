import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectPlaying, generate, received, SIM_URL, taskWindow, openOnRelay } from './helpers.ts'

// One scenario per model family the simulator serves, driven through the UI as a creator
// would (no JSON typed except in the generic model's own box), each checked on the wire.

type Body = Record<string, unknown>

/** The bodies the simulator received from this key, oldest first. */
const bodies = async (page: Page, key: string): Promise<Body[]> =>
  (await received(page, key)).map((r) => r.body)

/** A real PNG made in the page, as bytes for the file picker. */
async function png(page: Page, name: string, width: number, height: number) {
  const bytes = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h)
      const ctx = canvas.getContext('2d')!
      ctx.fillStyle = '#0ea5e9'
      ctx.fillRect(0, 0, w, h)
      const blob = await canvas.convertToBlob({ type: 'image/png' })
      return Array.from(new Uint8Array(await blob.arrayBuffer()))
    },
    [width, height] as const,
  )
  return { name, mimeType: 'image/png', buffer: Buffer.from(bytes) }
}

/** Width × height of an image sent as a data: URL, decoded by the browser. */
const sizeOf = (page: Page, dataUrl: string) =>
  page.evaluate(async (url) => {
    // Decoded as an <img> (the page's policy lets no fetch reach a data: URL).
    const img = new Image()
    img.src = url
    await img.decode()
    return [img.naturalWidth, img.naturalHeight]
  }, dataUrl)

async function chooseModel(page: Page, id: string) {
  const select = page.getByLabel('Model', { exact: true })
  await expect(select.locator(`option[value="${id}"]`)).toHaveCount(1)
  await select.selectOption(id)
}

test('discovery lists the simulator’s models, and the chosen ones appear in the composer', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await dialog.getByLabel('Base URL').fill(SIM_URL)
  await dialog.getByLabel('API key', { exact: true }).fill('sk-sim-e2e-discovery')
  const models = dialog.getByRole('group', { name: 'Models' })
  await models.getByRole('button', { name: 'Refresh models' }).click()
  await expect(models.getByRole('status')).toContainText('13 video models at this relay.')
  for (const id of [
    'sora-2',
    'veo3-frames',
    'veo3-4k',
    'grok-video-3',
    'wan2.2-t2v',
    'kling-v2-master',
  ])
    await expect(models.getByRole('checkbox', { name: id, exact: true })).toBeChecked()
  await expect(models.getByRole('checkbox', { name: 'gpt-4o-mini' })).toHaveCount(0)
  await models.getByRole('checkbox', { name: 'veo2' }).uncheck()
  await models.getByRole('checkbox', { name: 'hailuo-02' }).check()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  const select = page.getByLabel('Model', { exact: true })
  await expect(select.locator('optgroup[label="Generic"] option[value="hailuo-02"]')).toHaveCount(1)
  await expect(select.locator('optgroup[label="Veo · first and last frame"] option')).toHaveText([
    'veo3-frames',
  ])
  await expect(select.locator('option[value="veo3-frames"]')).toHaveCount(1)
  await expect(select.locator('option[value="veo2"]')).toHaveCount(0)
  // the choice is remembered for this relay across a reload
  await page.reload()
  await expect(select.locator('option[value="hailuo-02"]')).toHaveCount(1)
  await expect(select.locator('option[value="veo2"]')).toHaveCount(0)
})

test('Veo frames: the first and the last frame in order, upsampling when chosen', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-veo'
  await openOnRelay(page, key)
  await chooseModel(page, 'veo3-frames')
  await expect(page.getByText('Not used by veo3-frames: Duration.')).toBeVisible()
  await expect(page.getByText('Price: 1.00 per video · balance 10.00')).toBeVisible()
  await page.getByLabel('Upsample to 1080p').check()
  await page
    .getByLabel('Add images')
    .setInputFiles([await png(page, 'first.png', 640, 360), await png(page, 'last.png', 320, 180)])
  await expect(page.getByRole('img', { name: 'First frame: first.png' })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Last frame: last.png' })).toBeVisible()
  // …and each says which it is on its thumbnail.
  const tray = page.getByRole('list', { name: /^First and last frame/ })
  await expect(tray.getByRole('listitem').first()).toContainText('First')
  await expect(tray.getByRole('listitem').nth(1)).toContainText('Last')
  await generate(page, 'A door opens onto the sea [sim queue=0 len=2]')

  await expectPlaying(page, 'A door opens onto the sea')
  const [body] = await bodies(page, key)
  const { images, ...rest } = body!
  expect(rest).toStrictEqual({
    model: 'veo3-frames',
    prompt: 'A door opens onto the sea [sim queue=0 len=2]',
    aspect_ratio: '16:9',
    enhance_prompt: false,
    enable_upsample: true,
  })
  expect(images).toHaveLength(2)
  const [first, last] = images as string[]
  expect(await sizeOf(page, first!)).toEqual([640, 360])
  expect(await sizeOf(page, last!)).toEqual([320, 180])
  // The window names what was chosen in the user's words; the wire names wait under "As sent".
  const sent = taskWindow(page, 'A door opens').getByRole('list', { name: 'Sent to the relay' })
  await expect(sent.getByRole('listitem')).toHaveText([
    'veo3-frames',
    'Upsample to 1080p: on',
    'Images: 2',
  ])
  await taskWindow(page, 'A door opens').getByText('As sent').click()
  await expect(taskWindow(page, 'A door opens').getByText(/enable_upsample true/)).toBeVisible()
})

test('Grok: ratio, resolution and an integer duration; a value the relay refuses is shown in its words', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-grok'
  await openOnRelay(page, key)
  await chooseModel(page, 'grok-video-3')
  await page.getByLabel('1:1 square').check()
  await page.getByLabel('1080p').check()
  await page.getByLabel('Duration').selectOption('15')
  await generate(page, 'A paper boat in the rain [sim queue=0 len=2]')
  await expectPlaying(page, 'A paper boat in the rain')
  expect((await bodies(page, key))[0]).toStrictEqual({
    model: 'grok-video-3',
    prompt: 'A paper boat in the rain [sim queue=0 len=2]',
    ratio: '1:1',
    duration: 15,
    resolution: '1080P',
  })

  // this relay takes 6, 10 or 15 s: the profile's 5 s is refused, and its message shown as is
  await page.getByLabel('Duration').selectOption('5')
  await generate(page, 'A short paper boat')
  const failed = taskWindow(page, 'A short paper boat')
  await expect(failed.getByRole('alert')).toContainText('The relay rejected the request.')
  await expect(failed.getByRole('alert')).toContainText('duration must be 6, 10 or 15')
})

test('Wan: ratio and an integer duration; a dropped file is refused with the reason', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-wan'
  await openOnRelay(page, key)
  await chooseModel(page, 'wan2.5-i2v')
  await expect(page.getByText(/This model takes image links only/)).toBeVisible()
  await expect(page.getByText(/at least 240 px/)).toBeVisible()
  const file = await page.evaluateHandle(
    () => new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', { type: 'image/png' }),
  )
  await page.evaluate((f) => {
    const dt = new DataTransfer()
    dt.items.add(f)
    for (const type of ['dragenter', 'dragover', 'drop'])
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
      )
  }, file)
  await expect(page.getByRole('alert')).toContainText('This model takes image links only')
  await page.getByLabel('9:16 portrait').check()
  await page.getByLabel('Duration').selectOption('4')
  await generate(page, 'A lantern festival [sim queue=0 len=2]')
  await expectPlaying(page, 'A lantern festival')
  // a portrait video gets a portrait window
  const box = (await taskWindow(page, 'A lantern festival').boundingBox())!
  expect(box.height).toBeGreaterThan(box.width)
  expect((await bodies(page, key))[0]).toStrictEqual({
    model: 'wan2.5-i2v',
    prompt: 'A lantern festival [sim queue=0 len=2]',
    ratio: '9:16',
    duration: 4,
  })
})

test('an unknown id: prompt, images and the extra fields typed, nothing else', async ({ page }) => {
  const key = 'sk-sim-e2e-generic'
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await dialog.getByLabel('Base URL').fill(SIM_URL)
  await dialog.getByLabel('API key', { exact: true }).fill(key)
  await dialog.getByLabel('Model id').fill('hailuo-02')
  await dialog.getByLabel('Model id').press('Enter')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await chooseModel(page, 'hailuo-02')
  await expect(page.getByText('The app has no settings for this model')).toBeVisible()

  const extra = page.getByLabel('Extra fields (JSON)')
  await extra.fill('{"model": "other"}')
  await expect(page.getByText('model is set by the composer')).toBeVisible()
  await extra.fill('{"seed": 7, "camera_fixed": true')
  await expect(extra).toHaveAttribute('aria-invalid', 'true')
  await extra.fill('{"seed": 7, "camera_fixed": true}')
  await expect(extra).not.toHaveAttribute('aria-invalid')
  await page.getByLabel('Add images').setInputFiles([await png(page, 'ref.png', 400, 300)])
  await expect(page.getByRole('img', { name: 'Image 1: ref.png' })).toBeVisible()
  await generate(page, 'A glass city at dawn [sim queue=0 len=2]')

  await expectPlaying(page, 'A glass city at dawn')
  const [body] = await bodies(page, key)
  expect(Object.keys(body!).sort()).toEqual(['camera_fixed', 'images', 'model', 'prompt', 'seed'])
  expect(body).toMatchObject({ model: 'hailuo-02', seed: 7, camera_fixed: true })
  expect(body!.images).toHaveLength(1)
})
