import { defineConfig } from '@playwright/test'
import { chromiumPath } from './chromium.ts'

const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173)
const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 8788)
const NO_CORS_PORT = SIM_PORT + 1
const BARE_PORT = SIM_PORT + 2
const OPENAI_PORT = SIM_PORT + 3
const NEWAPI_PORT = SIM_PORT + 4
const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? 5199)
/** The built app again, forwarding to the relay that refuses browsers (RELAY_TARGET). */
const FORWARD_PORT = APP_PORT + 1

/**
 * The built app (vite preview, which also mounts a simulator at /sim for the demo path)
 * and a standalone simulator on another port, so calls to it are cross-origin: CORS and
 * preflight are exercised as with a real relay. And the dev server, as `npm run dev` starts
 * it (React's development build, StrictMode), for the scenarios in `dev.spec.ts`.
 */
export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      url: `http://127.0.0.1:${APP_PORT}/sim/health`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx tsx simulator/src/cli.ts --host 127.0.0.1 --port ${SIM_PORT} --seed 7`,
      url: `http://127.0.0.1:${SIM_PORT}/health`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}/sim/health`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // the built app served by a preview server that forwards /relay to the CORS-less relay
      command: `npx vite preview --host 127.0.0.1 --port ${FORWARD_PORT} --strictPort`,
      env: { RELAY_TARGET: `http://127.0.0.1:${NO_CORS_PORT}` },
      url: `http://127.0.0.1:${FORWARD_PORT}/relay/__forward`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // a relay that sends no CORS headers: the browser blocks every call to it
      command: `npx tsx simulator/src/cli.ts --host 127.0.0.1 --port ${NO_CORS_PORT} --cors=off`,
      url: `http://127.0.0.1:${NO_CORS_PORT}/health`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // a bare relay: no model list, and videos charged by the second and size (no fixed price)
      command: `npx tsx simulator/src/cli.ts --host 127.0.0.1 --port ${BARE_PORT} --models=404 --billing=second`,
      url: `http://127.0.0.1:${BARE_PORT}/health`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // a relay that speaks only OpenAI's /v1/videos (with RFC 3339 timestamps, as some builds),
      // with its video extensions route
      command: `npx tsx simulator/src/cli.ts --host 127.0.0.1 --port ${OPENAI_PORT} --dialects=openai --times=rfc3339 --extensions=yes`,
      url: `http://127.0.0.1:${OPENAI_PORT}/health`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // a relay as new-api is: OpenAI's /v1/videos and its own /v1/video/generations, no guide route
      command: `npx tsx simulator/src/cli.ts --host 127.0.0.1 --port ${NEWAPI_PORT} --dialects=openai,newapi`,
      url: `http://127.0.0.1:${NEWAPI_PORT}/health`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
  metadata: { simulatorUrl: `http://127.0.0.1:${SIM_PORT}` },
})
