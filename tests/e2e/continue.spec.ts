import { expect, test } from './fixtures.ts'
import {
  expectPlaying,
  generate,
  received,
  showLibrary,
  taskWindow,
  useRelay,
  SIM_URL,
} from './helpers.ts'

/** The frame number an image shows, read from its block code (simulator/media/make-clips.sh). */
const FRAME_OF = async (src: string) => {
  const img = new Image()
  img.src = src
  await img.decode()
  const c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight)
  const g = c.getContext('2d')!
  g.drawImage(img, 0, 0)
  const d = g.getImageData(0, 0, img.naturalWidth, 40).data
  let n = 0
  for (let i = 0; i < 12; i++)
    n = n * 2 + (d[(20 * img.naturalWidth + 8 + i * 28 + 12) * 4]! > 128 ? 1 : 0)
  return n
}

test('Continue takes a kept clip’s exact last frame (B-frames and all) into the composer, and the next video is its continuation', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const key = 'sk-sim-e2e-continue'
  await page.goto('/')
  await useRelay(page, SIM_URL, key)
  // 4 s at 24 fps: frames 0…95, each carrying its number; H.264 High with B-frames.
  await generate(page, 'A lighthouse at dusk [sim queue=0 len=1 clip=coded4]')
  await expectPlaying(page, 'A lighthouse at dusk')
  const source = taskWindow(page, 'A lighthouse at dusk')
  await expect(source.getByText(/^Kept in this browser/)).toBeVisible({ timeout: 30_000 })

  await source.getByRole('button', { name: 'Continue' }).click()
  await expect(
    source.getByText('Its last frame is in the composer: describe what happens next.'),
  ).toBeVisible()
  const tray = page.getByRole('list', { name: /^Reference images/ })
  await expect(
    tray.getByText('Last frame of “A lighthouse at dusk [sim queue=0 len=1 clip=coded4]”'),
  ).toBeVisible()
  await expect(tray.getByRole('status')).toHaveText('640×360')

  await generate(page, 'The lighthouse at night [sim queue=0 len=1]')
  await expectPlaying(page, 'The lighthouse at night')
  const sent = await received(page, key)
  expect(sent).toHaveLength(2)
  const image = (sent[1]!.body.images as string[])[0]!
  expect(image).toMatch(/^data:image\//)
  expect(await page.evaluate(FRAME_OF, image)).toBe(95)

  // The library links the continuation to its source.
  const library = await showLibrary(page)
  await library.getByRole('button', { name: /^Continues: A lighthouse at dusk/ }).click()
  await expect(
    library.getByRole('article').filter({ hasText: /^(?!.*Continues).*A lighthouse at dusk/ }),
  ).toBeInViewport()
})
