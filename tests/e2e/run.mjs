// `npm run test:e2e`: without Chromium the suite must fail loudly, not pass quietly.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean)
if (!candidates.some((p) => existsSync(p))) {
  const optOut = process.env.SKIP_E2E === '1' && process.env.CI !== 'true'
  console.error(
    [
      `No Chromium found for the end-to-end tests (looked at: ${candidates.join(', ')}).`,
      'Install Debian’s Chromium:  apt-get update && apt-get install -y chromium',
      'or point CHROMIUM_PATH at a Chromium binary.',
      optOut
        ? 'SKIP_E2E=1 is set: the end-to-end suite is SKIPPED.'
        : 'To skip the end-to-end suite on purpose, set SKIP_E2E=1 (never honoured when CI=true).',
    ].join('\n'),
  )
  process.exit(optOut ? 0 : 1)
}

// The storyboard's export is read back with ffprobe and ffmpeg (its length, every frame).
const missingTools = ['ffmpeg', 'ffprobe'].filter(
  (tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).status !== 0,
)
if (missingTools.length > 0) {
  console.error(
    `${missingTools.join(' and ')} not found: the end-to-end tests read exported films with them.\n` +
      'Install them:  apt-get update && apt-get install -y ffmpeg',
  )
  process.exit(1)
}

const result = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  },
)
process.exit(result.status ?? 1)
