import { expect, type Page } from '@playwright/test'

const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 8788)
export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`
/** The app on the dev server, as `npm run dev` serves it (its simulator under /sim). */
export const DEV_URL = `http://127.0.0.1:${Number(process.env.E2E_DEV_PORT ?? 5199)}`
/** The same simulator without any CORS header: what a browser meets at a relay that refuses it. */
export const NO_CORS_URL = `http://127.0.0.1:${SIM_PORT + 1}`
/** A bare relay: no `/v1/models`, and videos charged by the second and size (no fixed price). */
export const BARE_URL = `http://127.0.0.1:${SIM_PORT + 2}`
/** The built app on a preview server that forwards `/relay` to NO_CORS_URL (RELAY_TARGET). */
export const FORWARD_APP_URL = `http://127.0.0.1:${Number(process.env.E2E_APP_PORT ?? 4173) + 1}`
/** A relay that speaks only OpenAI's `/v1/videos` (no guide route, no new-api route). */
export const OPENAI_URL = `http://127.0.0.1:${SIM_PORT + 3}`
/** A relay as new-api is: `/v1/videos` and `/v1/video/generations`, no guide route. */
export const NEWAPI_URL = `http://127.0.0.1:${SIM_PORT + 4}`

/** Points the app at a relay through the settings dialog, as a user would. */
export async function useRelay(
  page: Page,
  baseUrl: string,
  apiKey: string,
  opts: { passphrase?: string } = {},
) {
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Relay settings' })
  await dialog.getByLabel('Base URL').fill(baseUrl)
  await dialog.getByLabel('API key', { exact: true }).fill(apiKey)
  if (opts.passphrase) {
    await dialog.getByLabel('Lock with a passphrase').check()
    await dialog.getByLabel('Passphrase', { exact: true }).fill(opts.passphrase)
    await dialog.getByLabel('Repeat passphrase').fill(opts.passphrase)
  }
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
}

/** Opens the app and points it at the test's simulator account, as a user would. */
export async function openOnRelay(page: Page, apiKey: string, opts: { passphrase?: string } = {}) {
  await page.goto('/')
  await useRelay(page, SIM_URL, apiKey, opts)
}

export async function generate(page: Page, prompt: string) {
  await page.getByRole('textbox', { name: 'Prompt' }).fill(prompt)
  await page.getByRole('button', { name: 'Generate' }).click()
}

/** Console errors, except the network errors a test provokes on purpose. */
export function collectConsoleErrors(page: Page, allowed: RegExp[] = []) {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    const text = msg.text()
    if (!allowed.some((re) => re.test(text))) errors.push(text)
  })
  page.on('pageerror', (err) => errors.push(String(err)))
  return errors
}

/** The window of the task whose prompt starts with `prompt`. */
const escaped = (text: string) => text.replace(/[[\]().*+?^$|\\]/g, '\\$&')

export const taskWindow = (page: Page, prompt: string) =>
  page.getByRole('region', { name: new RegExp(escaped(prompt)) })

/** Drags a task's window by its title bar, as a hand would: by (dx, dy) pixels. */
export async function dragWindow(page: Page, prompt: string, dx: number, dy: number) {
  const bar = taskWindow(page, prompt).getByRole('heading', { name: new RegExp(escaped(prompt)) })
  const grip = (await bar.boundingBox())!
  const from = { x: grip.x + 20, y: grip.y + grip.height / 2 }
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 10 })
  await page.mouse.up()
}

/** Resizes a task's window from its bottom-right corner by (dw, dh) pixels. */
export async function resizeWindow(page: Page, prompt: string, dw: number, dh: number) {
  const box = (await taskWindow(page, prompt).boundingBox())!
  const corner = { x: box.x + box.width - 2, y: box.y + box.height - 2 }
  await page.mouse.move(corner.x, corner.y)
  await page.mouse.down()
  await page.mouse.move(corner.x + dw, corner.y + dh, { steps: 8 })
  await page.mouse.up()
}

/** The video really plays: its clock moves. */
export async function expectPlaying(page: Page, prompt: string) {
  const video = taskWindow(page, prompt).locator('video')
  await expect(video).toBeVisible()
  const first = await video.evaluate((v: HTMLVideoElement) => v.currentTime)
  // Moved on, or looped back to the start (the clips are short and loop).
  await expect
    .poll(
      async () => Math.abs((await video.evaluate((v: HTMLVideoElement) => v.currentTime)) - first),
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0.3)
}

/** What a simulator (the standalone one unless `simUrl` says) received from this key, oldest first. */
export async function received(
  page: Page,
  key: string,
  simUrl = SIM_URL,
): Promise<{ path: string; body: Record<string, unknown> }[]> {
  const res = await page.request.get(`${simUrl}/__sim/requests`, {
    headers: { Authorization: `Bearer ${key}` },
  })
  return (await res.json()) as { path: string; body: Record<string, unknown> }[]
}

/** A real PNG of the given size, made in the page (a handle to a File there). */
export function pngFile(page: Page, width: number, height: number, name: string) {
  return page.evaluateHandle(
    async ([w, h, n]) => {
      const canvas = new OffscreenCanvas(w, h)
      const ctx = canvas.getContext('2d')!
      const g = ctx.createLinearGradient(0, 0, w, h)
      g.addColorStop(0, '#0ea5e9')
      g.addColorStop(1, '#f97316')
      ctx.fillStyle = g
      ctx.fillRect(0, 0, w, h)
      const blob = await canvas.convertToBlob({ type: 'image/png' })
      return new File([blob], n, { type: 'image/png' })
    },
    [width, height, name] as const,
  )
}

type FileHandle = Awaited<ReturnType<typeof pngFile>>

/** Drags a file over the page (the drop hint shows) and drops it, as from the desktop. */
export async function dropFile(page: Page, file: FileHandle) {
  await page.evaluate((f) => {
    const dt = new DataTransfer()
    dt.items.add(f)
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }))
  }, file)
  await expect(page.getByText('Drop images to add them')).toBeVisible()
  await page.evaluate((f) => {
    const dt = new DataTransfer()
    dt.items.add(f)
    for (const type of ['dragover', 'drop'])
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
      )
  }, file)
  await expect(page.getByText('Drop images to add them')).toBeHidden()
}

/** Pastes a file into the prompt, as from the clipboard. */
export async function pasteFile(page: Page, file: FileHandle) {
  await page.getByLabel('Prompt').click()
  await page.evaluate((f) => {
    const dt = new DataTransfer()
    dt.items.add(f)
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
    )
  }, file)
}

/** The task records the page keeps in IndexedDB, as stored (one per task). */
export function storedTasks(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ localId: string; outcome?: { videoUrl?: string } }[]>((done, fail) => {
        const open = indexedDB.open('sora-studio')
        open.onerror = () => fail(new Error('cannot open the database'))
        open.onsuccess = () => {
          const db = open.result
          const all = db.transaction('tasks').objectStore('tasks').getAll()
          all.onsuccess = () => {
            done(all.result as { localId: string; outcome?: { videoUrl?: string } }[])
            db.close()
          }
          all.onerror = () => fail(new Error('cannot read the tasks'))
        }
      }),
  )
}

/** The library view, from the header's link, as a user opens it; its region. */
export async function showLibrary(page: Page) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Library' })
    .click()
  return page.getByRole('region', { name: 'Library' })
}

/** The frame number an image shows, read from its block code (simulator/media/make-clips.sh). */
export const frameNumberOf = async (src: string) => {
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
