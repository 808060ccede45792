import { describe, expect, it } from 'vitest'
import { SyncGroup } from '../../../src/features/gallery/compare/syncGroup.ts'

/** A player as the group sees it: a length, a position, a rate, and whether it plays. */
function player(duration: number) {
  return {
    duration,
    currentTime: 0,
    playbackRate: 1,
    paused: true,
    ended: false,
    muted: false,
    loop: true,
    play() {
      this.paused = false
      return Promise.resolve()
    },
    pause() {
      this.paused = true
    },
  }
}

/** Once every player has its frame the group starts them: here at once, being no decoders. */
const landed = () => new Promise((done) => setTimeout(done, 0))

const players = (byId: Record<string, ReturnType<typeof player>>) =>
  new Map(Object.entries(byId)) as unknown as Map<string, HTMLVideoElement>

describe('SyncGroup: players of different lengths on one clock', () => {
  it('a seek places each where the clock says: the shorter stop at their end, or loop, as chosen', () => {
    const [a, b, c] = [player(4), player(7), player(12)]
    const g = new SyncGroup()
    g.setPlayers(players({ a, b, c }))
    expect(g.state.duration).toBe(12)
    // Muted; looping only when the group says shorter clips loop.
    expect([a.muted, a.loop]).toEqual([true, false])

    g.seek(5)
    expect(a.currentTime).toBeCloseTo(3.999, 3)
    expect([b.currentTime, c.currentTime]).toEqual([5, 5])
    g.setEnds('loop')
    expect([a.currentTime, b.currentTime, c.currentTime]).toEqual([1, 5, 5])
    expect(a.loop).toBe(true)
  })

  it('one speed and one play for all; in "stop" mode a clip past its end stays paused', async () => {
    const [a, b] = [player(4), player(12)]
    const g = new SyncGroup()
    g.setPlayers(players({ a, b }))
    g.seek(6)
    g.setRate(1.5)
    expect([a.playbackRate, b.playbackRate]).toEqual([1.5, 1.5])
    g.play()
    expect(g.state.playing).toBe(true)
    await landed()
    expect([a.paused, b.paused]).toEqual([true, false])
    g.pause()
    expect([a.paused, b.paused]).toEqual([true, true])
    g.dispose()
  })

  it('keeps the length of a take no longer shown, and does not start over while the next one loads', async () => {
    const [a, b] = [player(4), player(12)]
    const g = new SyncGroup()
    g.setTakes(['a', 'b'])
    g.setPlayers(players({ b }))
    g.seek(6)
    // The phone's next take: b goes, a comes with its length not known yet.
    const loading = player(NaN)
    g.setPlayers(players({ a: loading }))
    expect(g.state.duration).toBe(12)
    g.play()
    await landed()
    expect(g.now()).toBeGreaterThanOrEqual(6)
    Object.assign(loading, { duration: a.duration })
    g.arrived(loading as unknown as HTMLVideoElement)
    // Placed on the clock (6 s into a 4 s clip that stops at its end: its last frame).
    expect(loading.currentTime).toBeCloseTo(3.999, 3)
    g.setTakes(['a'])
    expect(g.state.duration).toBe(4)
    g.dispose()
  })

  it('tells the clock to its followers on every beat, and its listeners only on a change', () => {
    const g = new SyncGroup()
    g.setPlayers(players({ a: player(4) }))
    let changes = 0
    const times: number[] = []
    g.subscribe(() => changes++)
    g.onTime((t) => times.push(t))
    g.seek(1)
    expect(changes).toBe(1)
    expect(times).toEqual([0, 1])
    g.dispose()
  })

  it('a seek while playing holds every player until all have their frame, then starts them together', async () => {
    const [a, b] = [player(4), player(12)]
    const g = new SyncGroup()
    g.setPlayers(players({ a, b }))
    g.play()
    await landed()
    expect([a.paused, b.paused]).toEqual([false, false])
    // b's decoder is slow to find 3 s: a waits with it, and the clock stands still.
    Object.defineProperty(b, 'seeking', { value: true, configurable: true })
    const listeners: (() => void)[] = []
    Object.assign(b, { addEventListener: (_: string, l: () => void) => listeners.push(l) })
    g.seek(3)
    await landed()
    expect([a.paused, b.paused]).toEqual([true, true])
    expect(g.now()).toBe(3)
    listeners.forEach((l) => l())
    await landed()
    expect([a.paused, b.paused]).toEqual([false, false])
    g.dispose()
  })
})
