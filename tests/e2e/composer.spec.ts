import { expect, test } from './fixtures.ts'
import { dropFile, pasteFile, pngFile, received, openOnRelay } from './helpers.ts'

/** The fit rule: keep the aspect ratio, never upscale, round each side. */
const fit = (w: number, h: number, maxW: number, maxH: number) => {
  const s = Math.min(1, maxW / w, maxH / h)
  return [Math.max(1, Math.round(w * s)), Math.max(1, Math.round(h * s))]
}

test('a dropped and a pasted PNG reach the relay as data: URLs fitted to the frame', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-images'
  await openOnRelay(page, key)

  await dropFile(page, await pngFile(page, 3000, 2000, 'wide.png'))
  await pasteFile(page, await pngFile(page, 800, 1200, 'tall.png'))

  const [w1, h1] = fit(3000, 2000, 1280, 720)
  const [w2, h2] = fit(800, 1200, 1280, 720)
  await expect(page.getByText(`${w1}×${h1}`)).toBeVisible()
  await expect(page.getByText(`${w2}×${h2}`)).toBeVisible()
  await expect(page.getByLabel('Prompt')).toHaveValue('') // the paste did not land in the prompt

  await page.getByLabel('Prompt').fill('Two references [sim queue=0 len=2]')
  await page.getByRole('button', { name: 'Generate' }).click()
  await expect.poll(async () => (await received(page, key)).length).toBe(1)
  const images = (await received(page, key))[0]!.body.images as string[]
  expect(images).toHaveLength(2)
  const sizes = await page.evaluate(
    (urls) =>
      Promise.all(
        urls.map(async (url) => {
          // Decoded as an <img> (the page's policy lets no fetch reach a data: URL).
          const img = new Image()
          img.src = url
          await img.decode()
          return [url.slice(0, url.indexOf(';')), img.naturalWidth, img.naturalHeight]
        }),
      ),
    images,
  )
  expect(sizes[0]).toEqual([expect.stringMatching(/^data:image\/(png|jpeg|webp)$/), w1, h1])
  expect(sizes[1]).toEqual([expect.stringMatching(/^data:image\/(png|jpeg|webp)$/), w2, h2])
  expect(JSON.stringify((await received(page, key))[0]!.body).length).toBeLessThan(1_000_000)
})

test('a text-to-video request carries exactly the chosen parameters; a double click sends one', async ({
  page,
}) => {
  const key = 'sk-sim-e2e-params'
  await openOnRelay(page, key)
  await page.getByLabel('Prompt').fill('A paper crane unfolding')
  await page.getByLabel('Model').selectOption('sora-2-pro')
  await page.getByLabel('Duration').selectOption('15')
  await page.getByLabel('9:16 portrait').check()
  await page.getByLabel('HD', { exact: true }).check()
  // Every create the page sends, counted as it leaves (Chromium reports each request before
  // any later answer to the test, so the count below is final once the window shows).
  const creates: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST') creates.push(r.url())
  })
  await page.getByRole('button', { name: 'Generate' }).dblclick()
  await expect(page.getByRole('region', { name: /A paper crane/ })).toHaveCount(1)
  // The create leaves once the relay's dialect is known (a read before the first one).
  await expect.poll(async () => (await received(page, key)).length).toBe(1)
  expect(creates).toHaveLength(1)
  const all = await received(page, key)
  expect(all).toHaveLength(1)
  expect(all[0]!.body).toEqual({
    model: 'sora-2-pro',
    prompt: 'A paper crane unfolding',
    aspect_ratio: '9:16',
    duration: '15',
    hd: true,
  })
})

test('a file that only claims to be an image is refused with a clear message', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Add images').setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not really a png'),
  })
  await expect(page.getByText('Not a JPEG, PNG or WebP')).toBeVisible()
  await page.getByLabel('Prompt').fill('Should not go')
  await page.getByRole('button', { name: 'Generate' }).click()
  await expect(page.getByRole('alert')).toContainText('Remove the images that could not be used')
})
