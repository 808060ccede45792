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

describe('SyncGroup: players of different lengths on one clock', () => {
  it('a seek places each where the clock says: the shorter stop at their end, or loop, as chosen', () => {
    const [a, b, c] = [player(4), player(7), player(12)]
    const g = new SyncGroup()
    g.setPlayers([a, b, c] as unknown as HTMLVideoElement[])
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

  it('one speed and one play for all; in "stop" mode a clip past its end stays paused', () => {
    const [a, b] = [player(4), player(12)]
    const g = new SyncGroup()
    g.setPlayers([a, b] as unknown as HTMLVideoElement[])
    g.seek(6)
    g.setRate(1.5)
    expect([a.playbackRate, b.playbackRate]).toEqual([1.5, 1.5])
    g.play()
    expect(g.state.playing).toBe(true)
    expect([a.paused, b.paused]).toEqual([true, false])
    g.pause()
    expect([a.paused, b.paused]).toEqual([true, true])
    g.dispose()
  })
})
