import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

/**
 * The app's one IndexedDB database. Each feature owns a store in it and reads its values as it
 * reads a relay's answers (another version, a damaged disk or a planted value may be there):
 * the schema says `unknown`, the owner checks.
 */
export interface AppDB extends DBSchema {
  /** What the browser holds of each task's video (library). */
  kept: { key: string; value: unknown }
  /** Task records, one per key (tasks): thousands fit, and two tabs never overwrite each other. */
  tasks: { key: string; value: unknown }
}

export type AppDb = IDBPDatabase<AppDB>

/**
 * Why idb: IndexedDB's own API is events and request objects; idb (about 1 KB, by a Chrome
 * engineer, widely used) makes it promises and types, with nothing else in the way. Dexie
 * would add queries we do not need at twenty times the size.
 */
let db: Promise<AppDb> | null = null

export const openAppDb = () =>
  (db ??= openDB<AppDB>('sora-studio', 2, {
    upgrade(database, oldVersion) {
      // Version 1 (the first library) had the kept index only.
      if (oldVersion < 1) database.createObjectStore('kept', { keyPath: 'localId' })
      if (oldVersion < 2) database.createObjectStore('tasks', { keyPath: 'localId' })
    },
    // A newer version in another tab (or the database deleted): step aside; the next use
    // opens again.
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
