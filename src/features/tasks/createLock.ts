// Which creates are on their way, in this tab or another. A page opened while another tab
// waits for the relay's answer must not call that create "interrupted" (its Try again would
// send a second, paid task), and two tabs pressing Try again at once must send it once.

const PREFIX = 'sora-studio.create.'
const here = new Set<string>()

const locks = () => (typeof navigator === 'undefined' ? undefined : navigator.locks)

/**
 * Runs `send` holding the task's create lock; false (nothing sent) when this tab or another
 * is sending it already. Without Web Locks, only this tab is known.
 */
export async function whileSending(localId: string, send: () => Promise<void>): Promise<boolean> {
  if (here.has(localId)) return false
  here.add(localId)
  try {
    const l = locks()
    if (!l) {
      await send()
      return true
    }
    return await l.request(`${PREFIX}${localId}`, { ifAvailable: true }, async (lock) => {
      if (!lock) return false
      await send()
      return true
    })
  } finally {
    here.delete(localId)
  }
}

/** The tasks whose create some tab of this browser is sending now. */
export async function sendingAnywhere(): Promise<Set<string>> {
  const ids = new Set(here)
  const held =
    (
      await locks()
        ?.query()
        .catch(() => undefined)
    )?.held ?? []
  for (const { name } of held) if (name?.startsWith(PREFIX)) ids.add(name.slice(PREFIX.length))
  return ids
}
