import { expect, test } from './fixtures.ts'
import {
  expectPlaying,
  frameNumberOf,
  generate,
  received,
  showLibrary,
  taskWindow,
  useRelay,
  SIM_URL,
  OPENAI_URL,
  NEWAPI_URL,
} from './helpers.ts'

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
  await expect(tray.getByRole('status')).toHaveText('640×360')
  // Named by its video, on the picture (for a screen reader) and under it.
  const label = 'Last frame of “A lighthouse at dusk [sim queue=0 len=1 clip=coded4]”'
  await expect(tray.getByRole('img', { name: label })).toBeVisible()
  await expect(tray.getByText(label)).toBeVisible()

  await generate(page, 'The lighthouse at night [sim queue=0 len=1]')
  await expectPlaying(page, 'The lighthouse at night')
  // Its window says what it continues (with its details: under ⋯ in a window this small).
  await expect(
    taskWindow(page, 'The lighthouse at night').getByText(
      'Continues “A lighthouse at dusk [sim queue=0 len=1 clip=coded4]”',
    ),
  ).toBeAttached()
  // The frame started one continuation: it has left the form (the next video starts afresh).
  await expect(page.getByRole('img', { name: label })).toHaveCount(0)
  const sent = await received(page, key)
  expect(sent).toHaveLength(2)
  const image = (sent[1]!.body.images as string[])[0]!
  expect(image).toMatch(/^data:image\//)
  expect(await page.evaluate(frameNumberOf, image)).toBe(95)

  // The library links the continuation to its source.
  const library = await showLibrary(page)
  await library.getByRole('button', { name: /^Continues: A lighthouse at dusk/ }).click()
  await expect(
    library.getByRole('article').filter({ hasText: /^(?!.*Continues).*A lighthouse at dusk/ }),
  ).toBeInViewport()
  // …and the source lists what continues it.
  await library.getByRole('button', { name: 'Continued or extended (1)' }).click()
  // The keyboard lands on the line saying what is shown (the card clicked has left the grid).
  await expect(
    library.getByText(/^Showing what continues or extends “A lighthouse at dusk/),
  ).toBeFocused()
  await expect(library.getByRole('article')).toHaveCount(1)
  await expect(library.getByRole('article')).toContainText('The lighthouse at night')
  // …and "Show all" goes back to every video, at the source.
  await library.getByRole('button', { name: 'Show all' }).click()
  await expect(
    library.getByRole('article', { name: 'A lighthouse at dusk [sim queue=0 len=1 clip=coded4]' }),
  ).toBeFocused()

  // The chain opens as a storyboard: a shot per video, the second continuing the first, each
  // with its video as its take — ready to preview and export as one film.
  await library
    .getByRole('article', { name: 'The lighthouse at night [sim queue=0 len=1]' })
    .getByRole('button', { name: 'Open as storyboard' })
    .click()
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(
    'Film of “A lighthouse at dusk [sim queue=0 len=1 clip=coded4]”',
  )
  const shots = page.getByRole('list', { name: 'Shots' }).getByRole('listitem')
  await expect(shots).toHaveCount(2)
  await expect(shots.nth(1).getByLabel('Start from the previous shot’s last frame')).toBeChecked()
  for (const i of [0, 1]) await expect(shots.nth(i).getByRole('status')).toHaveText('Ready.')
  await expect(page.getByRole('button', { name: 'Export film' })).toBeEnabled()
})

test('Extend, where the relay has OpenAI’s extensions route: one request with the video, prompt and length, a new window that plays; absent on a relay without the route', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const key = 'sk-sim-e2e-extend'
  await page.goto('/')
  await useRelay(page, OPENAI_URL, key)
  await generate(page, 'A kite over dunes [sim queue=0 len=1]')
  await expectPlaying(page, 'A kite over dunes')
  const source = taskWindow(page, 'A kite over dunes')
  await source.getByRole('button', { name: 'Extend' }).click()
  await source.getByLabel('What happens next?').fill('It lands by the sea [sim queue=0 len=1]')
  await source.getByLabel('Added length').selectOption({ label: '12 s' })
  // The open form lies over the picture, whole: nothing to scroll to, nothing squeezed.
  await expect(source.getByRole('button', { name: 'Start extension' })).toBeInViewport({ ratio: 1 })
  const [frame, picture] = await Promise.all([
    source.boundingBox(),
    source.getByLabel('Generated video').boundingBox(),
  ])
  expect(picture!.height).toBeGreaterThan(frame!.height * 0.35)
  await source.getByRole('button', { name: 'Start extension' }).click()
  await expectPlaying(page, 'It lands by the sea')

  // The question whether the route exists was an empty body (it can create nothing, and the
  // relay refused it); then exactly one extension, of this video, this prompt, this length.
  const sent = await received(page, key, OPENAI_URL)
  const extensions = sent.filter((r) => r.path === '/v1/videos/extensions')
  expect(extensions.map((r) => r.body)).toEqual([
    {},
    {
      video: { id: expect.stringMatching(/^task_/) as unknown },
      prompt: 'It lands by the sea [sim queue=0 len=1]',
      seconds: '12',
    },
  ])
  expect(sent.filter((r) => r.path === '/v1/videos')).toHaveLength(1)

  // A relay as new-api is has no such route: asked once, and no Extend is offered.
  await useRelay(page, NEWAPI_URL, `${key}-none`)
  const asked = page.waitForResponse((r) => r.url().endsWith('/v1/videos/extensions'))
  await generate(page, 'A kite at noon [sim queue=0 len=1]')
  await expectPlaying(page, 'A kite at noon')
  expect((await asked).status()).toBe(404)
  await expect(
    taskWindow(page, 'A kite at noon').getByRole('button', { name: 'Extend' }),
  ).toHaveCount(0)
})
