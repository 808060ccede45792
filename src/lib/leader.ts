import { create } from 'zustand'

/**
 * One tab works for all: the tab holding the Web Lock `sora-studio.leader` polls and keeps
 * videos; the others follow what it shares. `solo`: no Web Locks here, every tab works alone.
 */
export type Role = 'leader' | 'follower' | 'solo'

const canElect = () =>
  typeof navigator !== 'undefined' &&
  Boolean(navigator.locks) &&
  typeof BroadcastChannel !== 'undefined'

// Where tabs can elect, a tab follows until it knows it leads: it never reads before that.
export const useLeadership = create<{ role: Role }>()(() => ({
  role: canElect() ? 'follower' : 'solo',
}))
export const isWorker = (role: Role) => role !== 'follower'

const LOCK = 'sora-studio.leader'
const tabId = globalThis.crypto?.randomUUID?.() ?? String(Math.random())

type Hello = { tab: string; visible: boolean }
/**
 * Tabs say when they are shown or hidden (and, while shown, again every few seconds): a hidden
 * leader hands over to a shown tab. A tab not heard from lately (it crashed unheard) counts
 * for nothing, so tabs never pass the lock between them for a tab that is gone.
 */
const visibleOthers = new Map<string, number>()
const HEARD_MS = 25_000
const someoneShown = () => [...visibleOthers.values()].some((at) => Date.now() - at < HEARD_MS)
let channel: BroadcastChannel | null = null
let release: (() => void) | null = null
/** This tab's place in the queue for the lock, withdrawn when it cannot work. */
let waiting: AbortController | null = null
let started = false
/** Whether this tab could poll if it led: its vault open, a relay set (see setCanWork). */
let canWork = true

const shown = () => typeof document === 'undefined' || document.visibilityState === 'visible'

function ask() {
  if (!canWork || waiting || release) return
  const queue = new AbortController()
  waiting = queue
  navigator.locks
    .request(LOCK, { signal: queue.signal }, () => {
      waiting = null
      useLeadership.setState({ role: 'leader' })
      // Held until this tab hands over or closes (the browser then frees it at once).
      return new Promise<void>((resolve) => {
        release = resolve
        void handOverIfHidden()
      })
    })
    .catch(() => {
      // Withdrawn (AbortError): this tab stopped being able to work while it waited.
      if (waiting === queue) waiting = null
    })
}

function stepDown() {
  const done = release
  release = null
  useLeadership.setState({ role: 'follower' })
  done?.()
}

/**
 * A tab that cannot work (its vault locked, no relay set) neither leads nor waits to: a
 * locked leader would hold the lock while nobody polls. It asks again once it can.
 */
export function setCanWork(can: boolean) {
  if (canWork === can) return
  canWork = can
  if (!started || useLeadership.getState().role === 'solo') return
  if (can) return ask()
  waiting?.abort()
  waiting = null
  if (release) stepDown()
}

/** Chrome throttles hidden tabs' timers (at last to once a minute): a shown tab works better. */
async function handOverIfHidden() {
  if (!release || shown() || !someoneShown()) return
  // Only to a tab that is really waiting (a tab that closed unheard is never waited for).
  const { pending = [] } = await navigator.locks.query()
  if (!release || shown() || !pending.some((l) => l.name === LOCK)) return
  stepDown()
  ask() // back in the queue: the lock goes to whoever waits first
}

export function startLeadership() {
  if (started) return
  started = true
  if (
    typeof navigator === 'undefined' ||
    !navigator.locks ||
    typeof BroadcastChannel === 'undefined'
  )
    return
  useLeadership.setState({ role: 'follower' })
  channel = new BroadcastChannel('sora-studio.tabs')
  const say = () => channel?.postMessage({ tab: tabId, visible: shown() } satisfies Hello)
  channel.onmessage = (e: MessageEvent<Hello | 'who'>) => {
    if (e.data === 'who') return say()
    if (e.data.visible) visibleOthers.set(e.data.tab, Date.now())
    else visibleOthers.delete(e.data.tab)
    void handOverIfHidden()
  }
  document.addEventListener('visibilitychange', () => {
    say()
    void handOverIfHidden()
  })
  // A closing tab says it is hidden (pagehide), so it is never waited for.
  addEventListener('pagehide', () =>
    channel?.postMessage({ tab: tabId, visible: false } satisfies Hello),
  )
  channel.postMessage('who')
  say()
  setInterval(() => shown() && say(), 10_000)
  ask()
}
