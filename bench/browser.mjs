// Shared by the browser benchmarks: the built app in `vite preview`, Debian's Chromium, and a
// watch on the main thread (long tasks, and the longest gap between 0 ms timers).
import { chromium } from '@playwright/test'
import { existsSync } from 'node:fs'
import { preview } from 'vite'

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
export const fmtMs = (ms) => `${Math.round(ms)} ms`

/** `mode: 'profile'` serves `dist-profile`, built with React's profiling build. */
export async function openApp({ mode } = {}) {
  const app = await launchApp({ mode })
  return { page: await app.newPage(), appUrl: app.appUrl, close: app.close }
}

/**
 * The built app served by `vite preview` and Debian's Chromium; `newPage()` opens a page in a
 * context of its own (its own storage), with the main-thread watch installed.
 */
export async function launchApp({ mode } = {}) {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (p) => p && existsSync(p),
  )
  if (!executablePath)
    throw new Error('Chromium is needed for this benchmark: apt-get install -y chromium')
  const server = await preview({
    mode,
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  })
  const appUrl = server.resolvedUrls.local[0]
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  const newPage = async () => {
    const page = await (await browser.newContext()).newPage()
    await page.addInitScript(watchMainThread)
    return page
  }
  const close = async () => {
    await browser.close()
    await new Promise((r) => server.httpServer.close(r))
  }
  return { appUrl, newPage, close }
}

/** Runs in the page before its scripts: long tasks, and gaps between 0 ms timers. */
function watchMainThread() {
  const w = window
  w.__longTasks = []
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => w.__longTasks.push({ at: e.startTime, ms: e.duration })),
  ).observe({ type: 'longtask', buffered: true })
  w.__gaps = []
  let last = performance.now()
  const beat = () => {
    const now = performance.now()
    w.__gaps.push({ at: now, ms: now - last })
    last = now
    setTimeout(beat, 0)
  }
  setTimeout(beat, 0)
}

export const now = (page) => page.evaluate(() => performance.now())

/** The longest main-thread block seen between two page times. */
export function longestBlock(page, from, to) {
  return page.evaluate(
    ([a, b]) => {
      const w = window
      const inWindow = (e) => e.at >= a && e.at - e.ms <= b
      return Math.max(
        0,
        ...w.__longTasks.filter(inWindow).map((e) => e.ms),
        ...w.__gaps.filter(inWindow).map((e) => e.ms),
      )
    },
    [from, to],
  )
}

/** A fresh page of the app on its demo relay (the simulator it serves), at 1440×900. */
export async function openOnDemo(app) {
  const page = await app.newPage()
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(app.appUrl)
  await page.getByText('Demo relay — play quota, no real charge').waitFor()
  return page
}
