import { describe, expect, it } from 'vitest'
import {
  MAX_DOCKED,
  MAX_REMEMBERED,
  MAX_SHOWN,
  rememberedPlaces,
  withinBounds,
} from '../../../src/features/windows/bound.ts'

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`)
const layout = (shown: string[], minimized: string[] = []) => ({
  open: [...minimized, ...shown],
  stack: [...minimized, ...shown],
  minimized,
})
const shownOf = (l: { open: string[]; minimized: string[] }) =>
  l.open.filter((id) => !l.minimized.includes(id))

describe('the workspace’s bounds', () => {
  it('leaves a layout within bounds as it is', () => {
    const l = layout(ids('w', MAX_SHOWN), ids('m', MAX_DOCKED))
    expect(withinBounds(l, () => false)).toBe(l)
  })

  it('opening a thirteenth window minimises the oldest finished one, not a running one', () => {
    const l = layout([...ids('w', MAX_SHOWN), 'new'])
    const done = new Set(['w3', 'w7'])
    const after = withinBounds(l, (id) => done.has(id), 'new')
    expect(after.minimized).toEqual(['w3'])
    expect(shownOf(after)).toHaveLength(MAX_SHOWN)
    expect(shownOf(after)).toContain('new')
  })

  it('with nothing finished, the window longest below the others rests', () => {
    const after = withinBounds(layout([...ids('w', MAX_SHOWN), 'new']), () => false, 'new')
    expect(after.minimized).toEqual(['w0'])
  })

  it('never minimises the window just opened, even when it is finished', () => {
    const after = withinBounds(layout([...ids('w', MAX_SHOWN), 'new']), () => true, 'new')
    expect(shownOf(after)).toContain('new')
  })

  it('a layout saved with 300 open windows comes back as 12 shown and 24 in the dock', () => {
    const all = ids('w', 300)
    const done = (id: string) => Number(id.slice(1)) % 2 === 0
    const after = withinBounds(layout(all), done)
    expect(shownOf(after)).toHaveLength(MAX_SHOWN)
    expect(after.minimized).toHaveLength(MAX_DOCKED)
    // The top of the stack (the last raised) stays shown; the running ones are kept longest.
    expect(shownOf(after)).toContain('w299')
    expect(after.open.filter((id) => !done(id)).length).toBeGreaterThan(MAX_SHOWN)
    expect(new Set(after.stack)).toEqual(new Set(after.open))
  })
})

describe('the places kept', () => {
  const places = (ids: string[]) => Object.fromEntries(ids.map((id, i) => [id, { x: i }]))

  it('keeps every open window’s place and the last closed ones’, forgetting the oldest', () => {
    const all = ids('w', 300)
    const open = ['w0', 'w150', 'w299']
    const kept = rememberedPlaces(places(all), open)
    for (const id of open) expect(kept[id]).toBeDefined()
    expect(Object.keys(kept)).toHaveLength(MAX_REMEMBERED + open.length)
    expect(kept.w298).toEqual({ x: 298 })
    expect(kept.w1).toBeUndefined()
  })

  it('leaves a small layout as it is', () => {
    const small = places(ids('w', 10))
    expect(rememberedPlaces(small, [])).toBe(small)
  })
})
