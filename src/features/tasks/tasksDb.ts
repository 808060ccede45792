import type { StoreApi } from 'zustand'
import { openAppDb, type AppDb } from '../../lib/appDb.ts'
import { isObject } from '../../lib/guards.ts'
import { registerRewrite, useStorageHealth } from '../../lib/storageHealth.ts'
import { sendingAnywhere } from './createLock.ts'
import { LEGACY_TASKS_KEY, readLegacyTasks } from './legacyTasks.ts'
import { readRecord } from './readRecord.ts'
import { settleRecord } from './settleRecord.ts'
import type { TaskRecord } from './taskRecord.ts'

interface Tasks {
  tasks: Record<string, TaskRecord>
}

/** Storage holds no image payloads (megabytes each): after a reload they are gone, and said so. */
function withoutImages(record: TaskRecord): TaskRecord {
  if (!record.body.images) return record
  const { images: _images, ...body } = record.body
  return { ...record, body }
}

/**
 * A create that was on its way when its page closed may or may not have reached the relay.
 * It is never re-sent on its own: the window says so and offers "Try again". (One that another
 * tab is sending now is not interrupted: see createLock.)
 */
function interrupted(record: TaskRecord): TaskRecord {
  return {
    ...record,
    phase: 'create_failed',
    createFailure: { kind: 'interrupted', mayHaveReachedRelay: true },
  }
}

const readAll = (values: unknown): TaskRecord[] =>
  Array.isArray(values) ? values.flatMap((v) => readRecord(v) ?? []) : []

/** Moves what an earlier version kept in localStorage into the database, once; a copy already there wins. */
async function migrate(db: AppDb) {
  const raw = localStorage.getItem(LEGACY_TASKS_KEY)
  if (raw === null) return
  const tx = db.transaction('tasks', 'readwrite')
  await Promise.all([
    ...readLegacyTasks(raw).map(async (record) => {
      if ((await tx.store.getKey(record.localId)) === undefined) await tx.store.put(record)
    }),
    tx.done,
  ])
  // Only once the records are safely in: a page closed before this moves them again.
  localStorage.removeItem(LEGACY_TASKS_KEY)
}

/**
 * Keeps the task store in IndexedDB, one record per task, and in step with the other tabs.
 *
 * Every record this tab changes is written (merged with the stored copy, so a tab that knew
 * less never takes a remote id or an outcome away) and then sent to the other tabs, which
 * take it in without writing it back. Writes wait until the kept tasks have been read
 * (`load`, after the first screen): a task started in the first instant is written then. A
 * write the browser refuses (disk full) holds in memory, is said once, and goes again with
 * the next change or "Try saving again".
 */
export function persistTasks(store: StoreApi<Tasks>) {
  /** Records as storage or another tab has them: never written back. */
  const asStored = new WeakSet<TaskRecord>()
  const pending = new Map<string, TaskRecord>()
  let loaded = false
  let saving: Promise<void> = Promise.resolve()
  let scheduled = false
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('sora-studio.tasks')

  /**
   * Takes in copies from storage or another tab, each settled with this tab's own: a message
   * from another tab is its latest word, a copy from storage only adds what it knows more.
   */
  function adopt(records: TaskRecord[], from: 'tab' | 'storage', mark = (r: TaskRecord) => r) {
    const tasks = store.getState().tasks
    const changed: TaskRecord[] = []
    for (const record of records) {
      const mine = tasks[record.localId]
      const next = mine
        ? settleRecord(mine, mark(record), from === 'tab' ? 'incoming' : 'current')
        : mark(record)
      if (next === mine) continue
      asStored.add(next)
      changed.push(next)
    }
    if (changed.length === 0) return
    store.setState((s) => ({
      tasks: { ...s.tasks, ...Object.fromEntries(changed.map((r) => [r.localId, r])) },
    }))
  }

  async function write() {
    scheduled = false
    const batch = [...pending.values()]
    pending.clear()
    if (batch.length === 0) return
    const learned: TaskRecord[] = []
    const written: TaskRecord[] = []
    try {
      const db = await openAppDb()
      const tx = db.transaction('tasks', 'readwrite')
      await Promise.all([
        ...batch.map(async (ours) => {
          const stored = readRecord(await tx.store.get(ours.localId))
          const settled = stored ? settleRecord(stored, ours) : ours
          if (settled !== ours) learned.push(settled)
          if (settled === stored) return // nothing new to write
          const record = withoutImages(settled)
          written.push(record)
          await tx.store.put(record)
        }),
        tx.done,
      ])
    } catch {
      // QuotaExceededError, or storage switched off: kept in memory, and tried again.
      for (const record of batch)
        if (!pending.has(record.localId)) pending.set(record.localId, record)
      useStorageHealth.setState({ refused: true })
      return
    }
    if (useStorageHealth.getState().refused) useStorageHealth.setState({ refused: false })
    channel?.postMessage(written)
    adopt(learned, 'storage')
  }

  function schedule() {
    if (!loaded || scheduled || pending.size === 0) return
    scheduled = true
    // A microtask later: the changes of one moment go in one transaction.
    saving = saving.then(write)
  }

  // Loaded after the first screen: whatever this tab did before is its own, to be written.
  for (const record of Object.values(store.getState().tasks)) pending.set(record.localId, record)
  store.subscribe((state, prev) => {
    if (state.tasks === prev.tasks) return
    for (const [id, record] of Object.entries(state.tasks))
      if (record !== prev.tasks[id] && !asStored.has(record)) pending.set(id, record)
    schedule()
  })
  function drop(ids: readonly string[]) {
    ids.forEach((id) => pending.delete(id))
    const tasks = store.getState().tasks
    if (!ids.some((id) => id in tasks)) return
    const left = { ...tasks }
    for (const id of ids) delete left[id]
    store.setState({ tasks: left })
  }

  if (channel)
    channel.onmessage = (e: MessageEvent<unknown>) => {
      const { data } = e
      if (isObject(data) && Array.isArray(data.removed))
        drop(data.removed.filter((id): id is string => typeof id === 'string'))
      else adopt(readAll(data), 'tab')
    }
  registerRewrite(() => {
    for (const record of Object.values(store.getState().tasks))
      if (!pending.has(record.localId)) pending.set(record.localId, record)
    schedule()
  })

  /** Reads the kept tasks into the store (moving an earlier version's first). Safe to repeat. */
  async function load(): Promise<void> {
    try {
      const db = await openAppDb()
      await migrate(db)
      const stored = readAll(await db.getAll('tasks'))
      const sending = await sendingAnywhere()
      adopt(stored, 'storage', (r) =>
        r.phase === 'submitting' && !sending.has(r.localId) ? interrupted(r) : r,
      )
    } catch {
      // IndexedDB refused (storage off or broken): this page's tasks live in memory, said once.
      useStorageHealth.setState({ refused: true })
    } finally {
      loaded = true
      schedule()
    }
  }

  /** Deletes tasks here, in storage (after any write already on its way) and in other tabs. */
  async function forget(ids: readonly string[]): Promise<void> {
    drop(ids)
    const removed = [...ids]
    saving = saving.then(async () => {
      try {
        const tx = (await openAppDb()).transaction('tasks', 'readwrite')
        await Promise.all([...removed.map((id) => tx.store.delete(id)), tx.done])
      } catch {
        // Not deleted from storage: they come back at the next start, nothing is lost.
        useStorageHealth.setState({ refused: true })
      }
      channel?.postMessage({ removed })
    })
    await saving
  }

  /** Resolves when every change made so far has been written (or refused). */
  const saved = async () => {
    for (;;) {
      const current = saving
      await current
      if (current === saving) return
    }
  }

  return { load, saved, forget }
}
