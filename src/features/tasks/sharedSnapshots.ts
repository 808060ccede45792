import type { TaskSnapshot } from '../../api/types.ts'

export type Shared = { relay: string; id: string; snapshot: TaskSnapshot }

const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('sora-studio.snapshots')

/** The working tab tells the others each state it read, so they show it at once. */
export const shareSnapshot = (relay: string, id: string, snapshot: TaskSnapshot) =>
  channel?.postMessage({ relay, id, snapshot } satisfies Shared)

export function onSharedSnapshot(listener: (shared: Shared) => void): () => void {
  if (!channel) return () => {}
  const handle = (e: MessageEvent<Shared>) => listener(e.data)
  channel.addEventListener('message', handle)
  return () => channel.removeEventListener('message', handle)
}
