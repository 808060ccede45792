/** Where kept videos' bytes live. One file per task, written whole or not at all. */
export interface FileStore {
  /** A file being written: nothing is visible under `name` until `close()` succeeds. */
  create(name: string): Promise<FileSink>
  open(name: string): Promise<File | null>
  remove(name: string): Promise<void>
}

export interface FileSink {
  write(chunk: Uint8Array): Promise<void>
  close(): Promise<void>
  abort(): Promise<void>
}

/**
 * The origin private file system. Why files rather than IndexedDB blobs: a clip streams to
 * disk as it arrives instead of being assembled in memory first, `createWritable()` writes to
 * a swap file and commits only on close (an interrupted save leaves nothing half-written), and
 * `getFile()` gives a File that a <video> plays through a blob URL without a copy.
 */
export const opfs: FileStore = {
  async create(name) {
    const handle = await (await folder()).getFileHandle(name, { create: true })
    const writable = await handle.createWritable()
    return {
      write: (chunk) => writable.write(chunk as Uint8Array<ArrayBuffer>),
      close: () => writable.close(),
      abort: () => writable.abort(),
    }
  },
  async open(name) {
    try {
      return await (await (await folder()).getFileHandle(name)).getFile()
    } catch {
      return null
    }
  },
  async remove(name) {
    await (await folder()).removeEntry(name).catch(() => {})
  },
}

const folder = async () =>
  (await navigator.storage.getDirectory()).getDirectoryHandle('kept-videos', { create: true })

/** Whether this browser can keep files at all (OPFS with writable streams). */
export const canKeepFiles = () =>
  typeof navigator !== 'undefined' &&
  typeof navigator.storage?.getDirectory === 'function' &&
  typeof FileSystemFileHandle !== 'undefined' &&
  'createWritable' in FileSystemFileHandle.prototype
