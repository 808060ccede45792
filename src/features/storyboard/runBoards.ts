import { profileFor } from '../../profiles/registry.ts'
import { buildBody } from '../../profiles/buildBody.ts'
import { frameBox } from '../../profiles/frame.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'
import { isWorker, startLeadership, useLeadership } from '../../lib/leader.ts'
import { useKeepPrefs } from '../library/keepPrefs.ts'
import { keepPlace } from '../library/keepVideo.ts'
import { loadKept, useKeptStore } from '../library/keptStore.ts'
import { lastFrameOf } from '../library/lastFrame.ts'
import { getCredentials, useSettingsStore } from '../settings/settingsStore.ts'
import { startTasks } from '../tasks/createTasks.ts'
import { useTasksStore } from '../tasks/tasksStore.ts'
import { boardsActions, useBoardsStore } from './boardsStore.ts'
import type { Shot, StopReason } from './shot.ts'
import { readShotImage } from './shotImages.ts'
import { fromPrevious } from './takes.ts'
import { markSent, storedShot, wasSent } from './sentAsks.ts'
import { askedHere } from './boardsStore.ts'

/** Shots whose take is being prepared now (a last frame read, an image fitted). */
const busy = new Set<string>()

/** Stops a shot's ask, and says why (not a newer ask made meanwhile). */
function stop(board: string, shot: Shot, reason: StopReason) {
  const now = useBoardsStore
    .getState()
    .boards.find((b) => b.id === board)
    ?.shots.find((s) => s.id === shot.id)
  if (now?.wanted && now.ask === shot.ask)
    boardsActions.shotChanged(board, shot.id, { wanted: false, stopped: reason })
}

/** Fits an image to the shot's frame, in the composer's image worker (same limits). */
async function fitted(shot: Shot, image: Blob): Promise<string> {
  const profile = profileFor(shot.model)
  const frame = profile.frameOf({ ...shot.values, model: shot.model })
  const { prepareImage } = await import('../composer/images/prepareImage.ts')
  const prepared = await prepareImage(image, {
    box: frameBox(frame),
    maxImages: profile.images.max,
  })
  return prepared.dataUrl
}

/** The request a shot stands for (a change to any of it while a take was prepared voids it). */
const request = (s: Shot) => JSON.stringify([s.prompt, s.model, s.values, s.continues, s.image])

/**
 * Sends one shot's take, once: under one lock for all tabs, and only if the shot is still
 * wanted by the same ask, unchanged since it was prepared, in this tab's copy and in storage's,
 * and the ask was never sent (a ledger apart from the boards). The take is recorded with the
 * shot in the same step. A shot that changed meanwhile is prepared again by the next step.
 */
async function send(
  board: string,
  shot: Shot,
  images: string[],
  from?: { localId: string; prompt: string },
) {
  const once = () => {
    if (!isWorker(useLeadership.getState().role) || !shot.ask) return
    const mine = useBoardsStore
      .getState()
      .boards.find((b) => b.id === board)
      ?.shots.find((s) => s.id === shot.id)
    const stored = storedShot(board, shot.id)
    for (const now of [mine, stored])
      if (!now?.wanted || now.ask !== shot.ask || request(now) !== request(shot)) return
    if (wasSent(shot.ask)) return boardsActions.shotChanged(board, shot.id, { wanted: false })
    if (!markSent(shot.ask)) return
    const profile = profileFor(shot.model)
    const frame = profile.frameOf({ ...shot.values, model: shot.model })
    const body = buildBody(profile, shot.model, shot.prompt, shot.values, images)
    const [id] = startTasks([{ body, frame }], undefined, from)
    if (id) boardsActions.takeStarted(board, shot.id, id)
  }
  if (typeof navigator !== 'undefined' && navigator.locks)
    await navigator.locks.request('sora-studio.storyboard-send', once)
  else once()
}

/** What can be done now for every wanted shot: send it, wait, or say why it stopped. */
function step() {
  if (!isWorker(useLeadership.getState().role)) return // the tab that sends does this
  if (useVaultStore.getState().status !== 'open' || !getCredentials()) return
  // Judged only on what is known: before the tasks and kept files are read (after a reload), a
  // previous shot's take would look missing and its continuation be stopped for nothing.
  if (!useTasksStore.getState().loaded || !useKeptStore.getState().loaded) return
  const tasks = useTasksStore.getState().tasks
  const { entries, saving } = useKeptStore.getState()
  const keeping = useKeepPrefs.getState().keep
  // Where tabs cannot elect one sender (no Web Locks: an http page off localhost), each tab
  // sends only what was asked in it.
  const solo = useLeadership.getState().role === 'solo'
  for (const board of useBoardsStore.getState().boards) {
    board.shots.forEach((shot, i) => {
      if (!shot.wanted || busy.has(shot.id)) return
      // Asked for by an earlier version, which kept no ask: asked again by the user, not here.
      if (!shot.ask) return boardsActions.shotChanged(board.id, shot.id, { wanted: false })
      if (solo && !askedHere(shot.ask)) return
      // As the card shows it: a model that takes no uploaded image neither continues nor
      // carries the shot's own image, whatever was set under another model.
      const rules = profileFor(shot.model).images
      const images = rules.accepts === 'data' && rules.max > 0
      const previous = images && i > 0 && shot.continues ? board.shots[i - 1] : undefined
      if (!previous) {
        busy.add(shot.id)
        if (!shot.image || !images) {
          void send(board.id, shot, []).finally(() => busy.delete(shot.id))
          return
        }
        void readShotImage(shot.id)
          .then((image) => (image ? fitted(shot, image) : Promise.reject(new Error('gone'))))
          .then(
            (url) => send(board.id, shot, [url]),
            () => stop(board.id, shot, 'imageFailed'),
          )
          .finally(() => busy.delete(shot.id))
        return
      }
      const from = fromPrevious(previous, tasks, entries, saving, keeping)
      if (from.kind === 'wait') return
      if (from.kind === 'stop') return stop(board.id, shot, from.reason)
      busy.add(shot.id)
      void keepPlace.files
        .open(from.file)
        .then((file) => (file ? lastFrameOf(file) : Promise.reject(new Error('gone'))))
        .then((frame) => fitted(shot, frame.image))
        .then(
          (url) => send(board.id, shot, [url], { localId: from.take, prompt: from.prompt }),
          () => stop(board.id, shot, 'frameFailed'),
        )
        .finally(() => busy.delete(shot.id))
    })
  }
}

let running = false
let scheduled = false
const schedule = () => {
  if (scheduled) return
  scheduled = true
  queueMicrotask(() => {
    scheduled = false
    step()
  })
}

/**
 * Starts the storyboards' sender (once per page): whenever a board, a task, a kept file or
 * this tab's role changes, each wanted shot is sent as soon as it can be — at once, or, for a
 * shot that continues the one before, once that one's video is kept here.
 */
export function runBoards() {
  if (running) return
  running = true
  // The tabs choose the one that sends (it may be this one): with no task yet, nothing else
  // has asked them to.
  startLeadership()
  void loadKept()
  for (const store of [
    useBoardsStore,
    useTasksStore,
    useKeptStore,
    useLeadership,
    useVaultStore,
    useSettingsStore,
    useKeepPrefs,
  ])
    store.subscribe(schedule)
  schedule()
}
