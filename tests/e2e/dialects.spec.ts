import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import {
  NEWAPI_URL,
  OPENAI_URL,
  dropFile,
  expectPlaying,
  generate,
  openOnRelay,
  pngFile,
  received,
  taskWindow,
  useRelay,
} from './helpers.ts'

/** On `relay`, Kling from a 1280×720 first frame: generated, and seen playing. */
async function klingFromFirstFrame(page: Page, relay: string, key: string, prompt: string) {
  await page.goto('/')
  await useRelay(page, relay, key)
  await page.getByLabel('Model').selectOption('kling-v2-master')
  await dropFile(page, await pngFile(page, 1280, 720, 'first.png'))
  await expect(
    page
      .getByRole('list', { name: /^(Reference images|First and last frame)/ })
      .getByRole('status'),
  ).toHaveText('1280×720')
  await generate(page, `${prompt} [sim queue=0 len=1]`)
  await expectPlaying(page, prompt)
}

test('a relay that speaks only OpenAI’s /v1/videos is found and used with no choice made: text and image to video play, remix works', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const key = 'sk-sim-e2e-openai-only'
  await page.goto('/')
  await useRelay(page, OPENAI_URL, key)
  await generate(page, 'A lighthouse at dusk [sim queue=0 len=1]')
  await expectPlaying(page, 'A lighthouse at dusk')

  // Image to video: the reference goes as an input_reference file part of a multipart form.
  await dropFile(page, await pngFile(page, 1280, 720, 'frame.png'))
  await expect(
    page.getByRole('list', { name: /^Reference images/ }).getByRole('status'),
  ).toHaveText('1280×720')
  await generate(page, 'The waves rise [sim queue=0 len=1]')
  await expectPlaying(page, 'The waves rise')

  // The creates (this relay also has OpenAI's extensions route, which a window asks about).
  const sent = (await received(page, key, OPENAI_URL)).filter(
    (r) => r.path !== '/v1/videos/extensions',
  )
  expect(sent.map((r) => r.path)).toEqual(['/v1/videos', '/v1/videos'])
  expect(sent[0]?.body).toMatchObject({ model: 'sora-2', seconds: '10', size: '1280x720' })
  expect(sent[0]?.body.parts).toBeUndefined()
  const [part] = sent[1]?.body.parts as { name: string; type: string; size: number }[]
  // The reference as the composer fitted it (its own encoder's type), as a file part.
  expect(part?.name).toBe('input_reference')
  expect(part?.type).toMatch(/^image\/(png|jpeg|webp)$/)
  expect(part?.size).toBeGreaterThan(1000)

  // Remix, where offered: one request, read back on /v1/videos.
  const source = taskWindow(page, 'sora-2 · A lighthouse')
  // The second window opened over it: the first comes to the front when its title is clicked.
  await source.getByRole('heading').click()
  await source.getByRole('button', { name: 'Remix' }).click()
  await source.getByLabel('What should change?').fill('in fog [sim queue=0 len=1]')
  await source.getByRole('button', { name: 'Start remix' }).click()
  await expectPlaying(page, 'Remix of “A lighthouse')
  expect(
    (await received(page, key, OPENAI_URL)).filter((r) => r.path.endsWith('/remix')),
  ).toHaveLength(1)

  // The settings say what was found (by reads only).
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await expect(dialog.getByText(/This relay answers on OpenAI \(\/v1\/videos\)\./)).toBeVisible()
  // A route the check did not hear from says so, and choosing it warns before any video fails.
  await dialog
    .getByLabel('How the app talks to this relay')
    .selectOption({ label: 'Relay standard (/v2/videos/generations): not found on this relay' })
  await expect(dialog.getByText(/did not answer on that route when checked/)).toBeVisible()
})

test('the dialect chosen in the settings is the one on the wire: new-api’s /v1/video/generations', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const key = 'sk-sim-e2e-newapi'
  await openOnRelay(page, key)
  // Automatic on a relay that speaks all three: the guide's, as the app has always sent.
  await generate(page, 'A kite in the wind [sim queue=0 len=1]')
  await expectPlaying(page, 'A kite in the wind')

  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  // The first Generate read the guide's route alone (it answered); Check again asks all three.
  await expect(
    dialog.getByText(
      /answers on Relay standard \(\/v2\/videos\/generations\), so the app asked no further/,
    ),
  ).toBeVisible()
  await dialog.getByRole('button', { name: 'Check again' }).click()
  await expect(
    dialog.getByText(
      /answers on Relay standard \(\/v2\/videos\/generations\), OpenAI \(\/v1\/videos\), and new-api \(\/v1\/video\/generations\)\./,
    ),
  ).toBeVisible()
  await dialog
    .getByLabel('How the app talks to this relay')
    .selectOption({ label: 'new-api (/v1/video/generations)' })
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  await generate(page, 'A kite at night [sim queue=0 len=1]')
  await expectPlaying(page, 'A kite at night')
  const sent = await received(page, key)
  expect(sent.map((r) => r.path)).toEqual(['/v2/videos/generations', '/v1/video/generations'])
  expect(sent[1]?.body).toMatchObject({
    model: 'sora-2',
    duration: 10,
    size: '1280x720',
  })
})

test('on a relay as new-api is, each family goes where its adaptor reads it: Kling with its first frame as image on /v1/video/generations, Sora on /v1/videos', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const key = 'sk-sim-e2e-newapi-families'
  await klingFromFirstFrame(page, NEWAPI_URL, key, 'A paper boat on a stream')

  await page.getByLabel('Model').selectOption('sora-2')
  await generate(page, 'A paper boat at sea [sim queue=0 len=1]')
  await expectPlaying(page, 'A paper boat at sea')

  const sent = await received(page, key, NEWAPI_URL)
  expect(sent.map((r) => r.path)).toEqual(['/v1/video/generations', '/v1/videos'])
  const kling = sent[0]!.body
  // 10 s carried over from Sora's form (Kling takes 5 or 10), a number at the top level.
  expect(kling).toMatchObject({
    model: 'kling-v2-master',
    duration: 10,
    metadata: { mode: 'std' },
  })
  expect(String(kling.image)).toMatch(/^data:image\//)
  expect(kling.images).toBeUndefined()
  expect(sent[1]?.body).toMatchObject({ model: 'sora-2', seconds: '10', size: '1280x720' })
})

test('Seedance sent on /v1/videos by the settings’ choice, on a relay that cannot write its OpenAI object (501): read on new-api’s route, it plays', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const key = 'sk-sim-e2e-seedance-501'
  await page.goto('/')
  await useRelay(page, NEWAPI_URL, key)
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await dialog.getByRole('button', { name: 'Check now' }).click()
  await expect(
    dialog.getByText(
      /answers on OpenAI \(\/v1\/videos\) and new-api \(\/v1\/video\/generations\)\./,
    ),
  ).toBeVisible()
  await dialog
    .getByLabel('How the app talks to this relay')
    .selectOption({ label: 'OpenAI (/v1/videos)' })
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()

  await page.getByLabel('Model').selectOption('doubao-seedance-1-0-pro-250528')
  await generate(page, 'Lanterns over a river [sim queue=0 len=1 noobject=seedance]')
  await expectPlaying(page, 'Lanterns over a river')

  const sent = await received(page, key, NEWAPI_URL)
  expect(sent.map((r) => r.path)).toEqual(['/v1/videos'])
  const body = sent[0]!.body
  // Doubao's adaptor reads the length as a string `seconds`, the shape from metadata.
  expect(body).toMatchObject({ model: 'doubao-seedance-1-0-pro-250528' })
  expect(typeof body.seconds).toBe('string')
  expect(body.duration).toBeUndefined()
})

test('a Veo task on a Gemini/Vertex channel, read in new-api’s Gemini shape (queued → processing → succeeded, url), plays', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const key = 'sk-sim-e2e-gemini-shape'
  await page.goto('/')
  await useRelay(page, NEWAPI_URL, key)
  await page.getByLabel('Model').selectOption('veo3-fast')
  await generate(page, 'A glacier calving [sim queue=0 len=2 shape=gemini]')
  await expectPlaying(page, 'A glacier calving')
  // Not Sora, and not on OpenAI's video endpoint in the relay's lists: new-api's route.
  const sent = await received(page, key, NEWAPI_URL)
  expect(sent.map((r) => r.path)).toEqual(['/v1/video/generations'])
  expect(sent[0]?.body).toMatchObject({ model: 'veo3-fast' })
})

test('on a relay that speaks only /v1/videos, Kling’s first frame goes in JSON as its adaptor reads it (a file part would be dropped), and plays', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const key = 'sk-sim-e2e-openai-kling'
  await klingFromFirstFrame(page, OPENAI_URL, key, 'A heron takes off')

  // The creates (this relay also has OpenAI's extensions route, which a window asks about).
  const sent = (await received(page, key, OPENAI_URL)).filter(
    (r) => r.path !== '/v1/videos/extensions',
  )
  expect(sent.map((r) => r.path)).toEqual(['/v1/videos'])
  const body = sent[0]!.body
  expect(body.parts).toBeUndefined()
  expect(String(body.image)).toMatch(/^data:image\//)
  expect(body).toMatchObject({ model: 'kling-v2-master', metadata: { mode: 'std' } })
  expect(typeof body.duration).toBe('number')
})
