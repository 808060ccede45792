import type { BrowserContext, Page } from '@playwright/test'

/** Every form the key could take in storage: plain, base64 at each byte alignment, hex, URL-encoded. */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const forms = new Set<string>([
    secret,
    encodeURIComponent(secret),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
  ])
  for (let offset = 0; offset < 3; offset++) {
    // only the characters that depend on the secret's bytes alone, whatever comes before it
    const b64 = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    const start = Math.ceil((offset * 8) / 6)
    const end = Math.floor(((offset + bytes.length) * 8) / 6)
    forms.add(b64.slice(start, end))
  }
  return [...forms]
}

/** Everything the page can persist: localStorage, sessionStorage, IndexedDB, Cache Storage, cookies. */
export async function dumpStorage(page: Page, context: BrowserContext): Promise<string> {
  const inPage = await page.evaluate(async () => {
    const parts: string[] = []
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i) ?? ''
        parts.push(key, store.getItem(key) ?? '')
      }
    }
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!)
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(new Error(String(req.error)))
      })
      for (const name of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name, 'readonly').objectStore(name).getAll()
          req.onsuccess = () => resolve(req.result as unknown[])
          req.onerror = () => reject(new Error(String(req.error)))
        })
        parts.push(info.name, name, JSON.stringify(all))
      }
      db.close()
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) {
        parts.push(request.url, (await (await cache.match(request))?.text()) ?? '')
      }
    }
    parts.push(document.cookie)
    return parts.join('\n')
  })
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('\n')
  return `${inPage}\n${cookies}`
}
