import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

/** What the browser holds of a task's video. */
export type KeptEntry =
  | { localId: string; state: 'kept'; name: string; size: number; type: string; at: number }
  | { localId: string; state: 'notKept'; reason: NotKeptReason; at: number }

/**
 * Why a video is not kept: its link and the relay both failed (`unreachable`), the answer was
 * no video or came short (`notVideo`, `truncated`), the disk is full (`full`), it is larger
 * than the user's cap (`tooLarge`), this browser cannot keep files (`unsupported`), or the
 * user removed the copy to free space (`removed`: never kept again unasked). `otherRelay`:
 * the link failed and the key that could ask the task's relay is not at hand (another relay
 * is set, or none yet): tried again once the task's relay is the one set.
 */
export type NotKeptReason =
  | 'unreachable'
  | 'notVideo'
  | 'truncated'
  | 'full'
  | 'tooLarge'
  | 'unsupported'
  | 'removed'
  | 'otherRelay'

interface StudioDB extends DBSchema {
  kept: { key: string; value: KeptEntry }
}

/**
 * Why idb: IndexedDB's own API is events and request objects; idb (about 1 KB, by a Chrome
 * engineer, widely used) makes it promises and types, with nothing else in the way.
 */
let db: Promise<IDBPDatabase<StudioDB>> | null = null
const open = () =>
  (db ??= openDB<StudioDB>('sora-studio', 1, {
    upgrade(database) {
      database.createObjectStore('kept', { keyPath: 'localId' })
    },
    // A newer version in another tab: step aside (the next use opens again).
    blocking() {
      void db?.then((d) => d.close())
      db = null
    },
    terminated() {
      db = null
    },
  }).catch((e: unknown) => {
    db = null // a passing failure is not for the whole session
    throw e
  }))

export const readEntries = async (): Promise<KeptEntry[]> => (await open()).getAll('kept')
export const readEntry = async (localId: string) => (await open()).get('kept', localId)
export const writeEntry = async (entry: KeptEntry) => {
  await (await open()).put('kept', entry)
}
export const deleteEntry = async (localId: string) => {
  await (await open()).delete('kept', localId)
}
