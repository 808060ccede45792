import { afterEach, describe, expect, it } from 'vitest'
import { sizeFor } from '../../../src/features/windows/layout.ts'
import { setDoneRule, useWindowsStore } from '../../../src/features/windows/windowsStore.ts'
import { reloadWith, resetStores } from '../../fixtures/stores.ts'

const rect = (x: number) => ({ x, y: 16, width: 480, height: 360 })
const load = (stored: unknown) => reloadWith(useWindowsStore, stored)

afterEach(resetStores)

describe('the window layout store, version 2', () => {
  it('carries a version 1 layout forward: one place per window, with its restore rect', async () => {
    // Exactly as version 1 stored it.
    const layout = await load({
      state: {
        rects: { a: rect(0), b: { x: 0, y: 0, width: 1200, height: 700 }, gone: rect(9) },
        open: ['a', 'b'],
        stack: ['b', 'a'],
        minimized: ['a'],
        maximized: { b: rect(100) },
      },
      version: 1,
    })
    expect(layout).toStrictEqual({
      windows: {
        a: { rect: rect(0) },
        b: { rect: { x: 0, y: 0, width: 1200, height: 700 }, restore: rect(100) },
        gone: { rect: rect(9) },
      },
      open: ['a', 'b'],
      stack: ['b', 'a'],
      minimized: ['a'],
    })
  })

  it('drops what it cannot read and keeps the rest', async () => {
    const layout = await load({
      state: {
        windows: {
          a: { rect: rect(0), restore: { x: 'left' } },
          b: { rect: { x: 1, y: 2, width: null, height: 4 } },
          c: 'here',
        },
        open: ['a', 'b', 'c', 7],
        stack: 'a',
        minimized: ['b'],
      },
      version: 2,
    })
    expect(layout).toStrictEqual({
      windows: { a: { rect: rect(0) } },
      open: ['a'],
      stack: [],
      minimized: [],
    })
  })

  it('maximises and restores; closing keeps the place as it was; tiling gives every window its tile', () => {
    const { actions } = useWindowsStore.getState()
    const area = { width: 1000, height: 600 }
    actions.opened('a')
    const first = useWindowsStore.getState().windows.a!.rect
    actions.maximizeToggled('a', area)
    const maximised = { rect: { x: 0, y: 0, width: 1000, height: 600 }, restore: first }
    expect(useWindowsStore.getState().windows.a).toStrictEqual(maximised)
    actions.maximizeToggled('a', area)
    expect(useWindowsStore.getState().windows.a).toStrictEqual({ rect: first })
    // Closed while maximised, it comes back maximised, with its Restore.
    actions.maximizeToggled('a', area)
    actions.closed('a')
    expect(useWindowsStore.getState().open).toEqual([])
    actions.opened('a')
    expect(useWindowsStore.getState().windows.a).toStrictEqual(maximised)
    actions.tiled(area)
    expect(useWindowsStore.getState().windows.a?.restore).toBeUndefined()
  })
})

describe('Close finished', () => {
  afterEach(() => setDoneRule(() => false))

  it('closes the windows their owner calls done, and keeps where they were', () => {
    const { actions } = useWindowsStore.getState()
    for (const id of ['done-1', 'busy', 'done-2']) actions.opened(id)
    actions.minimized('done-2')
    setDoneRule((id) => id.startsWith('done'))
    actions.closedDone()
    const { open, stack, minimized, windows } = useWindowsStore.getState()
    expect({ open, stack, minimized }).toEqual({ open: ['busy'], stack: ['busy'], minimized: [] })
    expect(Object.keys(windows).sort()).toEqual(['busy', 'done-1', 'done-2'])
  })
})

describe('sizeFor: a window shaped by its content’s width ÷ height', () => {
  it.each([
    [16 / 9, { width: 480, height: 360 }],
    [3 / 2, { width: 480, height: 360 }],
    [1, { width: 420, height: 480 }],
    [2 / 3, { width: 340, height: 560 }],
    [9 / 16, { width: 340, height: 560 }],
    [null, { width: 480, height: 360 }],
  ])('%s → %j', (aspect, size) => {
    expect(sizeFor(aspect)).toStrictEqual(size)
  })
})
