import { create } from 'zustand'
import { deleteEntry, readEntries, writeEntry, type KeptEntry } from './keptIndex.ts'

interface KeptState {
  /** By task: what the browser holds of its video (read from IndexedDB at start). */
  entries: Record<string, KeptEntry>
  /** Tasks whose video is being kept now, in this tab or another. */
  saving: string[]
  loaded: boolean
}

export const useKeptStore = create<KeptState>()(() => ({ entries: {}, saving: [], loaded: false }))

type Message = { entry: KeptEntry } | { forget: string } | { saving: string; on: boolean }

// Every tab shows what any tab kept, at once.
const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('sora-studio.kept')
if (channel) channel.onmessage = (e: MessageEvent<Message>) => apply(e.data)

function apply(message: Message) {
  if ('forget' in message) {
    const { forget } = message
    useKeptStore.setState((s) => {
      const { [forget]: _gone, ...entries } = s.entries
      return { entries }
    })
  } else if ('entry' in message) {
    const { entry } = message
    useKeptStore.setState((s) => ({ entries: { ...s.entries, [entry.localId]: entry } }))
  } else {
    const { saving, on } = message
    useKeptStore.setState((s) => ({
      saving: on ? [...new Set([...s.saving, saving])] : s.saving.filter((id) => id !== saving),
    }))
  }
}

const tell = (message: Message) => {
  apply(message)
  channel?.postMessage(message)
}

/** Reads what is kept (once); entries recorded meanwhile win over what was read. */
export async function loadKept(): Promise<void> {
  if (useKeptStore.getState().loaded) return
  const all = await readEntries().catch((): KeptEntry[] => [])
  useKeptStore.setState((s) => ({
    entries: { ...Object.fromEntries(all.map((e) => [e.localId, e])), ...s.entries },
    loaded: true,
  }))
}

export async function recordEntry(entry: KeptEntry): Promise<void> {
  await writeEntry(entry)
  tell({ entry })
}

/** Drops what is known of a task's copy: with no entry, the keeper tries it afresh. */
export async function forgetEntry(localId: string): Promise<void> {
  await deleteEntry(localId)
  tell({ forget: localId })
}

/** Saves this tab runs: said finished when it closes, so no tab shows "Keeping…" for ever. */
const mine = new Set<string>()
if (typeof addEventListener === 'function')
  addEventListener('pagehide', () =>
    mine.forEach((id) => channel?.postMessage({ saving: id, on: false } satisfies Message)),
  )

export const markSaving = (localId: string, on: boolean) => {
  if (on) mine.add(localId)
  else mine.delete(localId)
  tell({ saving: localId, on })
}

export const useKept = (localId: string): KeptEntry | undefined =>
  useKeptStore((s) => s.entries[localId])
export const useSaving = (localId: string) => useKeptStore((s) => s.saving.includes(localId))
