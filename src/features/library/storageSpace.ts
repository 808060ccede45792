/** The browser's own estimate of the space this site uses and may use; null where unknown. */
export async function spaceEstimate(): Promise<{ used: number; free: number } | null> {
  try {
    const e = await navigator.storage.estimate()
    if (typeof e.usage !== 'number' || typeof e.quota !== 'number') return null
    return { used: e.usage, free: Math.max(0, e.quota - e.usage) }
  } catch {
    return null
  }
}

/** Whether the browser promised not to clear this site's storage under pressure. */
export async function isPersisted(): Promise<boolean> {
  try {
    return (await navigator.storage.persisted?.()) === true
  } catch {
    return false
  }
}

/** Asks for that promise; must run from a user gesture (a click) to be heard. */
export async function askPersist(): Promise<boolean> {
  try {
    return (await navigator.storage.persist?.()) === true
  } catch {
    return false
  }
}

export const formatBytes = (bytes: number) =>
  bytes >= 1_073_741_824
    ? `${(bytes / 1_073_741_824).toFixed(1)} GB`
    : `${(bytes / 1_048_576).toFixed(1)} MB`
