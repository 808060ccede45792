// `npm run bench` (compare): drift between 4 synced players of different lengths (4, 7, 12 s
// and a 10 s portrait, looping) over 10 s of playing, with a seek at 3 s and a rate change
// (1× → 1.5×) at 6 s. The built app on its demo relay, in Debian's Chromium.
//
// Measured with requestVideoFrameCallback: on every animation frame, each player's position
// is its last presented frame's media time advanced by the time since it was presented; the
// drift of a player is its position against the 12-second clip's, modulo its own length
// (a shorter clip loops). The 250 ms after a seek or a rate change, while the players land,
// are left out (they are reported apart). Median and worst of 5 runs.
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
      const ref = vs.find((v) => Math.abs(v.duration - 12) < 0.2)
      const last = new Map()
      for (const v of vs) {
        const on = (now, meta) => {
          last.set(v, { media: meta.mediaTime, at: meta.expectedDisplayTime ?? now })
          v.requestVideoFrameCallback(on)
        }
        v.requestVideoFrameCallback(on)
      }
      window.__drift = { samples: [], changes: [] }
      const sample = (now) => {
        const r = last.get(ref)
        if (r) {
          const pos = (v) => {
            const l = last.get(v)
            return l.media + ((now - l.at) / 1000) * v.playbackRate
          }
          const refPos = pos(ref)
          for (const v of vs) {
            if (v === ref || !last.get(v)) continue
            const d = v.duration
            let drift = (pos(v) - refPos) % d
            if (drift > d / 2) drift -= d
            if (drift < -d / 2) drift += d
            window.__drift.samples.push({ at: now, ms: Math.abs(drift) * 1000 })
          }
        }
        if (window.__drift.running) requestAnimationFrame(sample)
      }
      window.__drift.running = true
      requestAnimationFrame(sample)
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
        const steady = d.samples.filter((s) => !settling(s.at)).map((s) => s.ms)
        const landing = d.samples.filter((s) => settling(s.at)).map((s) => s.ms)
        steady.sort((a, b) => a - b)
        return {
          median: steady[Math.floor(steady.length / 2)] ?? NaN,
          worst: Math.max(...steady),
          landing: Math.max(0, ...landing),
          samples: steady.length,
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
console.log('compare sync drift', { median: mid, worst, landing, runs })
const met = worst <= GOAL_MS
await writeSection(
  'compare-sync',
  `## Takes compared in sync

Command: \`npm run bench\` (\`bench/compare-sync.mjs\`: the built app in \`vite preview\` on its demo relay, in Debian's Chromium, 1440×900). Four takes of different lengths (the simulator's \`clip=coded4|coded7|coded12|coded10p\`: 4, 7 and 12 s, and a 10 s portrait), kept in the browser, in the compare view with shorter clips looping; 10 s of playing with a seek (to 2 s) at 3 s and a rate change (1× → 1.5×) at 6 s. On every animation frame each player's position is its last presented frame's media time (\`requestVideoFrameCallback\`) advanced by the time since; a player's drift is its position against the 12 s clip's, modulo its own length. The ${SETTLE_MS} ms after a seek or a rate change, while the players land on the new time, are left out of the figures and reported apart. Measured ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs.

| what | median | worst | goal | |
|---|---:|---:|---:|---|
| drift between players | ${fmtMs(mid)} | ${fmtMs(worst)} | ≤ ${GOAL_MS} ms (a frame at 24 fps) | ${met ? 'met' : '**not met**'} |
| while landing after a seek or rate change (${SETTLE_MS} ms) | – | ${fmtMs(landing)} | – | |

Runs (median / worst): ${runs.map((r) => `${fmtMs(r.median)} / ${fmtMs(r.worst)}`).join(', ')}.`,
)
if (!met) process.exitCode = 1
