import { valuesOfBody } from '../../profiles/readBody.ts'
import type { TaskRecord } from '../tasks/taskRecord.ts'
import { boardsActions } from './boardsStore.ts'
import { newId, type Shot } from './shot.ts'

/**
 * The chain a video is part of (A → B → C, by Continue or Extend), oldest first: back through
 * what each one continues, then on through what continues it (the oldest, where several do).
 */
export function chainOf(tasks: Record<string, TaskRecord>, localId: string): TaskRecord[] {
  const start = tasks[localId]
  if (!start) return []
  const chain = [start]
  const seen = new Set([start.localId])
  for (let r = start; r.continues && tasks[r.continues.localId];) {
    r = tasks[r.continues.localId]!
    if (seen.has(r.localId)) break // a loop in damaged data: stop, never spin
    seen.add(r.localId)
    chain.unshift(r)
  }
  const next = (id: string) =>
    Object.values(tasks)
      .filter((t) => t.continues?.localId === id && !seen.has(t.localId))
      .sort((a, b) => a.createdAt - b.createdAt)[0]
  for (let r = next(start.localId); r; r = next(r.localId)) {
    seen.add(r.localId)
    chain.push(r)
  }
  return chain
}

/**
 * A storyboard of a chain: a shot per video, each (but the first) continuing the one before,
 * each with that video as its take, so the chain previews and exports as one film at once.
 * Returns the new storyboard's id.
 */
export function boardFromChain(chain: readonly TaskRecord[], name: string): string {
  const shots: Shot[] = chain.map((r, i) => ({
    id: newId('shot'),
    prompt: r.body.prompt,
    model: r.body.model,
    values: valuesOfBody(r.body),
    continues: i > 0,
    takes: [r.localId],
  }))
  return boardsActions.created(name, chain[0]?.body.model ?? 'sora-2', shots)
}
