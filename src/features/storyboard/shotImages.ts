import { openDB, type IDBPDatabase } from 'idb'

/**
 * A shot's own image, kept in this browser (IndexedDB) as the file picked, so a storyboard
 * survives a reload whole; fitted to the shot's frame only when its take is sent.
 */
let db: Promise<IDBPDatabase> | null = null
const open = () =>
  (db ??= openDB('sora-studio-storyboards', 1, {
    upgrade: (d) => void d.createObjectStore('images'),
  }))

export const saveShotImage = async (shot: string, file: Blob) =>
  void (await (await open()).put('images', file, shot))

export async function readShotImage(shot: string): Promise<Blob | null> {
  const value: unknown = await (await open()).get('images', shot)
  return value instanceof Blob ? value : null
}

export const removeShotImage = async (shot: string) =>
  void (await (await open()).delete('images', shot))
