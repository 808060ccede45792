// `npm run bench` (storyboard preview): the built app on its demo relay, in Debian's Chromium.
// A storyboard of three 4 s shots is generated (the simulator's coded clip), then previewed
// start to end twice, while every frame either player presents is logged
// (requestVideoFrameCallback). At each join, the time from the last frame of a shot to the
// first of the next, less one frame's time, is the gap, counted in frames (24 fps).
// Goal: at most two frames' gap at every join.
import { launchApp, openOnDemo } from './browser.mjs'
import { writeSection } from './doc.mjs'

const SHOTS = 3
const RUNS = 2
const FRAME_MS = 1000 / 24

const app = await launchApp()
const page = await openOnDemo(app)
const gaps = []
try {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Storyboard' })
    .click()
  await page.getByRole('button', { name: 'New storyboard' }).click()
  for (let n = 1; n <= SHOTS; n++) {
    if (n > 1) await page.getByRole('button', { name: 'Add shot' }).click()
    await page
      .getByRole('listitem', { name: `Shot ${n}` })
      .getByLabel('Prompt')
      .fill(`Shot ${n} [sim queue=0 len=1 clip=coded4]`)
  }
  await page.getByRole('button', { name: 'Generate all' }).click()
  for (let n = 1; n <= SHOTS; n++)
    await page
      .getByRole('listitem', { name: `Shot ${n}` })
      .getByRole('status')
      .getByText('Ready.')
      .waitFor({ timeout: 60_000 })

  for (let run = 0; run < RUNS; run++) {
    await page.getByRole('button', { name: 'Preview' }).click()
    const preview = page.getByRole('region', { name: 'Preview of the whole sequence' })
    await preview.waitFor()
    await page.evaluate(() => {
      const frames = []
      window.__frames = frames
      document
        .querySelectorAll('section[aria-label="Preview of the whole sequence"] video')
        .forEach((v, player) => {
          const on = (now, meta) => {
            // Only what is seen: the waiting player decodes its first frame while hidden.
            if (!v.classList.contains('invisible'))
              frames.push({ player, at: meta.expectedDisplayTime ?? now, media: meta.mediaTime })
            v.requestVideoFrameCallback(on)
          }
          v.requestVideoFrameCallback(on)
        })
    })
    await preview
      .getByRole('button', { name: `Shot ${SHOTS}` })
      .and(page.locator('[aria-current="true"]'))
      .waitFor({ timeout: 30_000 })
    // The last shot plays to its end.
    await page.waitForTimeout(4500)
    const frames = await page.evaluate(() => window.__frames.sort((a, b) => a.at - b.at))
    for (let i = 1; i < frames.length; i++)
      if (frames[i].player !== frames[i - 1].player)
        gaps.push(Math.max(0, (frames[i].at - frames[i - 1].at - FRAME_MS) / FRAME_MS))
    await preview.getByRole('button', { name: 'Close preview' }).click()
  }
  const worst = Math.max(...gaps)
  console.log(
    `preview joins: ${gaps.map((g) => g.toFixed(1)).join(', ')} frames (worst ${worst.toFixed(1)})`,
  )
  await writeSection(
    'preview-gap',
    `## Storyboard preview: the gap at each join

Command: \`npm run bench\` (\`bench/preview-gap.mjs\`). The built app on its demo relay in Debian's Chromium: a storyboard of ${SHOTS} shots of 4 s (24 fps) generated, then previewed start to end ${RUNS} times while every frame either of its two players presents is logged (\`requestVideoFrameCallback\`). A join's gap is the time from a shot's last frame to the next shot's first, less one frame's time, in frames.

| what | figure | goal |
|---|---:|---:|
| joins measured | ${gaps.length} | |
| gap at each join, in frames | ${gaps.map((g) => g.toFixed(1)).join(', ')} | |
| worst gap | ${worst.toFixed(1)} frames | ≤ 2 frames |
`,
  )
  if (gaps.length !== RUNS * (SHOTS - 1) || worst > 2) process.exitCode = 1
} finally {
  await app.close()
}
