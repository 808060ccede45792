// `npm run bench` (compare): drift between 4 synced players of different lengths (4, 7, 12 s
// and a 10 s portrait, looping) over 10 s of playing, with a seek at 3 s and a rate change
// (1× → 1.5×) at 6 s. The built app on its demo relay, in Debian's Chromium.
//
// Measured with requestVideoFrameCallback, as the viewer sees it: every callback says which
// frame (its media time) a player presents at which display time. At each frame the 12 s
// clip presents, the frame each other player shows at that same display time is its latest
// presentation at or before it; the drift at that moment is the spread of those frames' media
// times (a shorter clip's taken modulo its length: it loops). Where a player's callbacks
// skipped a frame around that moment (a busy main thread coalesces them), what it showed is
// not known and it is left out of that moment; the share of moments fully known is reported.
// The 250 ms after a seek or a rate change, while the players land, are reported apart.
import { fmtMs, launchApp, median, openOnDemo } from './browser.mjs'
import { writeSection } from './doc.mjs'

const RUNS = 5
const GOAL_MS = 42
const SETTLE_MS = 250
const clips = ['coded4', 'coded7', 'coded12', 'coded10p']

const app = await launchApp()
const page = await openOnDemo(app)
const runs = []
try {
  for (const clip of clips) {
    await page
      .getByRole('textbox', { name: 'Prompt' })
      .fill(`Sync ${clip} [sim queue=0 len=1 clip=${clip}]`)
    await page.getByRole('button', { name: 'Generate' }).click()
  }
  await page.waitForFunction(
    () => document.querySelectorAll('section[data-window] video').length === 4,
    null,
    { timeout: 60_000 },
  )
  await page
    .getByText(/^Kept in this browser/)
    .nth(3)
    .waitFor({ state: 'attached', timeout: 60_000 })
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Library' })
    .click()
  const library = page.getByRole('region', { name: 'Library' })
  await library.getByRole('button', { name: 'Select all' }).click()
  await library.getByRole('button', { name: 'Compare' }).click()
  const view = page.getByRole('region', { name: /^Compare \d takes$/ })
  await page.waitForFunction(() =>
    [...document.querySelectorAll('video[aria-label^="Take "]')].every((v) => v.readyState >= 2),
  )
  const controls = view.getByRole('group', { name: 'Playback for all takes' })
  await controls.getByLabel('Shorter clips').selectOption('loop')

  for (let run = 0; run < RUNS; run++) {
    await controls.getByLabel('Speed').selectOption('1')
    await controls.getByLabel('Position').fill('0')
    await page.evaluate(`(() => {
      const vs = [...document.querySelectorAll('video[aria-label^="Take "]')]
      const d = { players: vs, frames: vs.map(() => []), changes: [], running: true }
      window.__drift = d
      vs.forEach((v, i) => {
        const on = (now, meta) => {
          if (!d.running) return
          d.frames[i].push({
            at: meta.expectedDisplayTime ?? now,
            media: meta.mediaTime,
            n: meta.presentedFrames,
          })
          v.requestVideoFrameCallback(on)
        }
        v.requestVideoFrameCallback(on)
      })
    })()`)
    const mark = () => page.evaluate(() => window.__drift.changes.push(performance.now()))
    // Each change is marked just before it is made: its landing is never counted as drift.
    await mark()
    await controls.getByRole('button', { name: 'Play all' }).click()
    await page.waitForTimeout(3000)
    await mark()
    await controls.getByLabel('Position').fill('2')
    await page.waitForTimeout(3000)
    await mark()
    await controls.getByLabel('Speed').selectOption('1.5')
    await page.waitForTimeout(4000)
    await controls.getByRole('button', { name: 'Pause all' }).click()
    runs.push(
      await page.evaluate((settle) => {
        const d = window.__drift
        d.running = false
        const settling = (at) => d.changes.some((c) => at >= c && at < c + settle)
        const lengths = d.players.map((v) => v.duration)
        const ref = lengths.findIndex((l) => Math.abs(l - 12) < 0.2)
        /** What player i showed at display time `at`, where its callbacks say for certain. */
        const shown = (i, at) => {
          const fs = d.frames[i]
          let k = -1
          while (k + 1 < fs.length && fs[k + 1].at <= at + 0.5) k++
          if (k < 0 || k + 1 >= fs.length || fs[k + 1].n - fs[k].n !== 1) return null
          return fs[k].media
        }
        const steady = []
        const landing = []
        let moments = 0
        let complete = 0
        for (const f of d.frames[ref]) {
          const offsets = [0]
          lengths.forEach((l, i) => {
            if (i === ref) return
            const m = shown(i, f.at)
            if (m === null) return
            let off = (m - f.media) % l
            if (off > l / 2) off -= l
            if (off < -l / 2) off += l
            offsets.push(off)
          })
          if (offsets.length === 1) continue
          moments++
          if (offsets.length === lengths.length) complete++
          const ms = (Math.max(...offsets) - Math.min(...offsets)) * 1000
          ;(settling(f.at) ? landing : steady).push(ms)
        }
        steady.sort((a, b) => a - b)
        return {
          median: steady[Math.floor(steady.length / 2)] ?? NaN,
          worst: Math.max(...steady),
          landing: Math.max(0, ...landing),
          moments,
          complete: complete / Math.max(1, moments),
        }
      }, SETTLE_MS),
    )
  }
} finally {
  await app.close()
}

const worst = Math.max(...runs.map((r) => r.worst))
const mid = median(runs.map((r) => r.median))
const landing = Math.max(...runs.map((r) => r.landing))
const complete = Math.min(...runs.map((r) => r.complete))
console.log('compare sync drift', { median: mid, worst, landing, runs })
const met = worst <= GOAL_MS
await writeSection(
  'compare-sync',
  `## Takes compared in sync

Command: \`npm run bench\` (\`bench/compare-sync.mjs\`: the built app in \`vite preview\` on its demo relay, in Debian's Chromium, 1440×900). Four takes of different lengths (the simulator's \`clip=coded4|coded7|coded12|coded10p\`: 4, 7 and 12 s, and a 10 s portrait, all 24 fps), kept in the browser, in the compare view with shorter clips looping; 10 s of playing with a seek (to 2 s) at 3 s and a rate change (1× → 1.5×) at 6 s. Measured with \`requestVideoFrameCallback\`, as the viewer sees it: at each frame the 12 s clip presents, the frame every other player shows at that display time (its latest presentation at or before it); the drift is the spread of those frames' media times, a shorter clip's modulo its length. Frames are 41.7 ms apart, so ≤ 42 ms means no two players ever more than one frame apart. Where a player's callbacks skipped a frame (what it showed is then unknown) it is left out of that moment; all four were known at ${Math.round(complete * 100)} % of the moments or more in each run. The ${SETTLE_MS} ms after a seek or a rate change, while the players land on the new time, are reported apart. Measured ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs.

| what | median | worst | goal | |
|---|---:|---:|---:|---|
| drift between players | ${fmtMs(mid)} | ${fmtMs(worst)} | ≤ ${GOAL_MS} ms (a frame at 24 fps) | ${met ? 'met' : '**not met**'} |
| the ${SETTLE_MS} ms after a seek or a rate change (a seek holds every player until all have the new frame, and one still showing its old frame counts the whole jump) | – | ${fmtMs(landing)} | – | |

Runs (median / worst, moments compared): ${runs.map((r) => `${fmtMs(r.median)} / ${fmtMs(r.worst)}, ${r.moments}`).join('; ')}.`,
)
if (!met) process.exitCode = 1
