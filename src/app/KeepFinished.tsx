import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { relay } from '../api/relay.ts'
import { keepVideo, keepPlace, type KeepJob } from '../features/library/keepVideo.ts'
import { loadKept, useKeptStore } from '../features/library/keptStore.ts'
import { capBytes, useKeepPrefs } from '../features/library/keepPrefs.ts'
import { getCredentials, useCredentials } from '../features/settings/settingsStore.ts'
import { relayId } from '../api/relayId.ts'
import { useVaultStore } from '../lib/vault/vaultStore.ts'
import { useTasksStore } from '../features/tasks/tasksStore.ts'
import type { TaskRecord } from '../features/tasks/taskRecord.ts'
import { isWorker, useLeadership } from '../lib/leader.ts'
import { limiter } from '../lib/limit.ts'

// One video at a time: a restored month of work fills the disk in turn, not all at once.
const oneByOne = limiter(1)
const queued = new Set<string>()

const jobOf = (r: TaskRecord): KeepJob | null =>
  r.outcome?.status === 'succeeded' && r.remoteId
    ? { localId: r.localId, relay: r.relay, remoteId: r.remoteId, url: r.outcome.videoUrl }
    : null

/**
 * Keeps every finished video in the browser as soon as its task succeeds, and resumes on the
 * next start whatever a closed tab left unkept (a write interrupted midway leaves no file, so
 * resuming is starting that one again). Renders nothing.
 */
export default function KeepFinished() {
  // Only the tab that works for all keeps (another would wait on the same locks for nothing).
  const works = useLeadership((s) => isWorker(s.role))
  // The key is needed for a relay's own links and its content route: wait until it is here.
  const credentials = useCredentials()
  const open = useVaultStore((s) => s.status === 'open')
  const on = useKeepPrefs((p) => p.keep) && works && open && credentials !== null
  const relayNow = relayId(credentials?.baseUrl ?? '')
  const loaded = useKeptStore((s) => s.loaded)
  const entries = useKeptStore((s) => s.entries)
  const finished = useTasksStore(
    useShallow((s) => Object.values(s.tasks).flatMap((r) => (jobOf(r) ? [r.localId] : []))),
  )
  useEffect(() => void loadKept(), [])
  useEffect(() => {
    if (!loaded || !on) return
    // The link that dies first is kept first (`expires_at`, where the relay gives one).
    const tasks = useTasksStore.getState().tasks
    const ends = (id: string) => tasks[id]?.outcome?.expiresAt ?? Infinity
    for (const id of [...finished].sort((a, b) => ends(a) - ends(b))) {
      const record = useTasksStore.getState().tasks[id]
      const job = record && jobOf(record)
      const entry = entries[id]
      // Not kept for want of its relay's key: tried again once its relay is the one set.
      const retry =
        entry?.state === 'notKept' && entry.reason === 'otherRelay' && job?.relay === relayNow
      if (!job || (entry && !retry) || queued.has(id)) continue
      queued.add(job.localId)
      void oneByOne(() =>
        keepVideo(
          job,
          {
            files: keepPlace.files,
            client: relay,
            credentials: getCredentials,
            capBytes,
            fetch: (...args) => globalThis.fetch(...args),
          },
          retry,
        ),
      )
        .catch(() => {})
        .finally(() => queued.delete(job.localId))
    }
  }, [finished, entries, loaded, on, relayNow])
  return null
}
