import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { now } from '../../lib/clock.ts'
import { isObject } from '../../lib/guards.ts'
import { guardedJSONStorage, registerRewrite } from '../../lib/storageHealth.ts'
import { newId, newShot, readBoard, type Shot, type Storyboard } from './shot.ts'

interface BoardsState {
  /** Every storyboard, newest first. */
  boards: Storyboard[]
}

export const BOARDS_KEY = 'sora-studio.storyboards'
const KEY = BOARDS_KEY

/** The asks made in this page (see runBoards: where tabs cannot elect a sender, only these go). */
const asksHere = new Set<string>()
export const askedHere = (ask: string | undefined) => ask !== undefined && asksHere.has(ask)

const change = (boards: Storyboard[], id: string, edit: (b: Storyboard) => Storyboard) =>
  boards.map((b) => (b.id === id ? edit(b) : b))
const shotsOf = (boards: Storyboard[], id: string, edit: (shots: Shot[]) => Shot[]) =>
  change(boards, id, (b) => ({ ...b, shots: edit(b.shots) }))
const editShot = (boards: Storyboard[], id: string, shot: string, edit: (s: Shot) => Shot) =>
  shotsOf(boards, id, (shots) => shots.map((s) => (s.id === shot ? edit(s) : s)))

export const useBoardsStore = create<BoardsState>()(
  persist((): BoardsState => ({ boards: [] }), {
    name: KEY,
    version: 1,
    storage: guardedJSONStorage(),
    // Damaged storage: keep the boards that have the right shape.
    merge: (persisted, current) => ({
      ...current,
      boards:
        isObject(persisted) && Array.isArray(persisted.boards)
          ? persisted.boards.map(readBoard).filter((b): b is Storyboard => b !== null)
          : [],
    }),
  }),
)
registerRewrite(() => useBoardsStore.setState({}))

// A change made in another tab shows here at once (and is not overwritten by a stale copy).
if (typeof addEventListener === 'function')
  addEventListener('storage', (e) => {
    if (e.key === KEY) void useBoardsStore.persist.rehydrate()
  })

const set = (edit: (boards: Storyboard[]) => Storyboard[]) =>
  useBoardsStore.setState((s) => ({ boards: edit(s.boards) }))

export const boardsActions = {
  /** A new storyboard (its shots given, or one empty shot on `model`); returns its id. */
  created(name: string, model: string, shots?: Shot[]): string {
    const id = newId('board')
    set((boards) => [{ id, name, createdAt: now(), shots: shots ?? [newShot(model)] }, ...boards])
    return id
  },
  renamed: (id: string, name: string) => set((b) => change(b, id, (x) => ({ ...x, name }))),
  removed: (id: string) => set((b) => b.filter((x) => x.id !== id)),
  /** An empty shot after `after` (at the end without it), on the model of the shot before. */
  shotAdded(id: string, model: string, after?: string): string {
    const shot = newShot(model)
    set((b) =>
      shotsOf(b, id, (shots) => {
        const at = after ? shots.findIndex((s) => s.id === after) + 1 : shots.length
        const before = shots[at - 1]
        const added = before ? { ...shot, model: before.model, values: before.values } : shot
        return [...shots.slice(0, at), added, ...shots.slice(at)]
      }),
    )
    return shot.id
  },
  /** A copy of a shot's request after it (its takes stay with the original). */
  shotDuplicated(id: string, shot: string): string {
    const copy = newId('shot')
    set((b) =>
      shotsOf(b, id, (shots) => {
        const at = shots.findIndex((s) => s.id === shot)
        const from = shots[at]
        if (!from) return shots
        const { prompt, model, values, continues } = from
        const dup: Shot = { id: copy, prompt, model, values, continues, takes: [] }
        return [...shots.slice(0, at + 1), dup, ...shots.slice(at + 1)]
      }),
    )
    return copy
  },
  shotRemoved: (id: string, shot: string) =>
    set((b) => shotsOf(b, id, (shots) => shots.filter((s) => s.id !== shot))),
  /** Moves a shot to position `to` (0-based, clamped). */
  shotMoved: (id: string, shot: string, to: number) =>
    set((b) =>
      shotsOf(b, id, (shots) => {
        const from = shots.findIndex((s) => s.id === shot)
        if (from < 0) return shots
        const rest = shots.filter((s) => s.id !== shot)
        const at = Math.max(0, Math.min(rest.length, to))
        return [...rest.slice(0, at), shots[from]!, ...rest.slice(at)]
      }),
    ),
  shotChanged: (id: string, shot: string, edit: Partial<Omit<Shot, 'id' | 'takes'>>) =>
    set((b) => editShot(b, id, shot, (s) => ({ ...s, ...edit }))),
  /** A take started for a shot: recorded with it, no longer wanted, and the film's from now. */
  takeStarted: (id: string, shot: string, localId: string) =>
    set((b) =>
      editShot(b, id, shot, ({ wanted: _done, ask: _sent, chosen: _old, ...s }) => ({
        ...s,
        takes: [...s.takes, localId],
      })),
    ),
  /** Asks for a new take of each shot named (sent by runBoards.ts as soon as each can be). */
  wanted: (id: string, shots: readonly string[]) =>
    set((b) =>
      shotsOf(b, id, (all) =>
        all.map((s) => {
          if (!shots.includes(s.id)) return s
          const { stopped: _said, ...rest } = s
          const ask = newId('ask')
          asksHere.add(ask)
          return { ...rest, wanted: true, ask }
        }),
      ),
    ),
}
