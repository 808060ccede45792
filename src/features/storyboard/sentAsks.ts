import { guardedWrite } from '../../lib/storageHealth.ts'
import { BOARDS_KEY } from './boardsStore.ts'
import { readBoard, type Shot } from './shot.ts'

// What makes a shot's take sent once, whatever the tabs or reloads: the asks already sent,
// kept apart from the boards (a tab writing its whole, older copy of the boards cannot bring
// a sent ask back), and the shot as storage has it now (another tab's change is there before
// its storage event reaches this one).

const SENT_KEY = 'sora-studio.storyboards.sent'
const KEEP = 500

function sentList(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(SENT_KEY) ?? '[]')
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

export const wasSent = (ask: string) => sentList().includes(ask)

/** Records an ask as sent; false when storage refused it (then it is not sent either). */
export const markSent = (ask: string) =>
  guardedWrite(() =>
    localStorage.setItem(SENT_KEY, JSON.stringify([...sentList(), ask].slice(-KEEP))),
  )

/** The shot as storage holds it now (null where it is gone, or storage cannot be read). */
export function storedShot(board: string, shot: string): Shot | null {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(BOARDS_KEY) ?? 'null')
    const boards = (v as { state?: { boards?: unknown } } | null)?.state?.boards
    if (!Array.isArray(boards)) return null
    const found = boards.map(readBoard).find((b) => b?.id === board)
    return found?.shots.find((s) => s.id === shot) ?? null
  } catch {
    return null
  }
}
