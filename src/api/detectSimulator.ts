import { readString } from './json.ts'
import { isObject } from '../lib/guards.ts'
import type { Credentials } from './types.ts'

const SIM_PATH = 'sim'

/**
 * A built bundle cannot know how it is served: ask its own origin whether the
 * relay simulator is mounted beside it (dev and preview servers mount it at /sim).
 */
export async function detectSimulator(pageUrl = document.baseURI): Promise<Credentials | null> {
  const baseUrl = new URL(SIM_PATH, pageUrl).href.replace(/\/$/, '')
  try {
    const res = await fetch(`${baseUrl}/health`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(3000),
    })
    if (!res.ok) return null
    const body: unknown = JSON.parse(await res.text())
    if (!isObject(body) || body.simulator !== 'sora-studio-relay-simulator') return null
    const apiKey = readString(body.demoKey)
    return apiKey ? { baseUrl, apiKey } : null
  } catch {
    return null
  }
}
