/**
 * Several players kept on one clock. The group's time runs on `performance.now()` at the
 * chosen rate; each player is checked on every frame it presents (`requestVideoFrameCallback`,
 * the frame's own media time) and brought back to where the clock says it should be: by
 * nudging its playback rate for small drift (a restart or a seek would stutter), by a seek only
 * when it is far off (after a stall). Clips of different lengths either stop at their own end
 * or loop, as chosen; the group ends (or starts over, with loop on) at the longest's end.
 */
export type Ends = 'stop' | 'loop'

/** Drift under a quarter of a frame at 24 fps is left alone; over half a second is a seek. */
const SETTLED_S = 0.01
const SEEK_S = 0.5
/** The most a nudge changes a player's rate: the clips are muted, and ±15 % is not seen. */
const NUDGE = 0.15
/** The longest a seek waits for a player that is slow to find its frame (a link, a stall). */
const LAND_MS = 1000

type FrameVideo = HTMLVideoElement & {
  requestVideoFrameCallback?: (
    cb: (now: number, meta: { mediaTime: number; expectedDisplayTime?: number }) => void,
  ) => number
  cancelVideoFrameCallback?: (handle: number) => void
}

export interface SyncState {
  playing: boolean
  time: number
  duration: number
  rate: number
  ends: Ends
  loop: boolean
}

const START: SyncState = {
  playing: false,
  time: 0,
  duration: 0,
  rate: 1,
  ends: 'stop',
  loop: true,
}

export class SyncGroup {
  private players: FrameVideo[] = []
  private handles = new Map<FrameVideo, number>()
  private base = 0
  private startedAt = 0
  private timer = 0
  /** While landing (see `land`): the clock stands still and the players wait. */
  private holding = false
  private landing = 0
  private ids = new Map<HTMLVideoElement, string>()
  private lengths = new Map<string, number>()
  private takes: Set<string> | null = null
  private listeners = new Set<() => void>()
  private clocks = new Set<(time: number) => void>()
  state: SyncState = START

  /**
   * For `useSyncExternalStore`: told when the state changes by a user's hand (play, seek,
   * speed, ends) or a player's length — not on the clock's beat: see `onTime`.
   */
  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /**
   * The clock on every animation frame while playing (and after each change). Followed by
   * writing to the DOM, not by rendering: a React render 60 times a second kept the main
   * thread busy enough that frame callbacks were coalesced (measured: a third fewer players
   * known at each frame) — and those callbacks are what keeps the players together.
   */
  onTime = (listener: (time: number) => void) => {
    this.clocks.add(listener)
    listener(this.state.time)
    return () => void this.clocks.delete(listener)
  }

  getState = () => this.state

  /**
   * The players to keep together, by take id. Called whenever the shown players may have
   * changed: only a player new to the group is placed (a seek), the others are left playing —
   * a seek on every call would stutter every clip.
   */
  setPlayers(players: ReadonlyMap<string, HTMLVideoElement>) {
    const next = [...players.values()] as FrameVideo[]
    const added = next.filter((p) => !this.players.includes(p))
    const removed = this.players.filter((p) => !next.includes(p))
    this.ids = new Map([...players].map(([id, p]) => [p, id]))
    if (added.length === 0 && removed.length === 0) return
    for (const p of removed) this.release(p)
    this.players = next
    for (const p of added) {
      p.muted = true
      this.watch(p)
    }
    for (const p of next) this.learn(p)
    this.refreshDuration()
    this.place(true, added)
  }

  /**
   * The takes in the group, shown or not: their lengths, once known, make the group's. On a
   * phone one player is shown at a time — the group's length must not shrink to that one's
   * (or to nothing while the next one's metadata loads: the clock would start over).
   */
  setTakes(ids: readonly string[]) {
    this.takes = new Set(ids)
    this.refreshDuration()
  }

  /** A player whose length became known (its metadata): on the clock, where it belongs. */
  arrived(p: HTMLVideoElement) {
    this.learn(p)
    this.refreshDuration()
    if (this.players.includes(p)) this.place(true, [p])
  }

  private learn(p: HTMLVideoElement) {
    const id = this.ids.get(p)
    if (id !== undefined && lengthOf(p) > 0) this.lengths.set(id, lengthOf(p))
  }

  private refreshDuration() {
    const ids = this.takes ?? new Set(this.ids.values())
    const known = [...this.lengths].filter(([id]) => ids.has(id)).map(([, l]) => l)
    const duration = Math.max(0, ...known)
    if (duration === this.state.duration) return
    this.state = { ...this.state, duration }
    this.emit()
  }

  /** The group's time now, or at a given `performance.now()` instant. */
  now(at = performance.now()): number {
    if (!this.state.playing || this.holding) return this.base
    return this.base + ((at - this.startedAt) / 1000) * this.state.rate
  }

  /** Where a player should be at group time `t`. */
  targetFor(p: HTMLVideoElement, t: number): number {
    const d = lengthOf(p)
    if (!d) return 0
    return this.state.ends === 'loop' ? t % d : Math.min(t, d - 0.001)
  }

  play() {
    if (this.state.playing) return
    if (this.base >= this.state.duration - 0.05) this.base = 0
    this.state = { ...this.state, playing: true }
    this.land()
    this.tick()
    this.emit()
  }

  pause() {
    if (!this.state.playing) return
    this.base = this.now()
    this.landing++
    this.holding = false
    this.state = { ...this.state, playing: false, time: this.base }
    cancelAnimationFrame(this.timer)
    this.place(true)
    this.emit()
  }

  toggle() {
    if (this.state.playing) this.pause()
    else this.play()
  }

  seek(t: number) {
    this.base = Math.max(0, Math.min(t, this.state.duration))
    this.startedAt = performance.now()
    this.state = { ...this.state, time: this.base }
    if (this.state.playing) this.land()
    else this.place(true)
    this.emit()
  }

  setRate(rate: number) {
    this.base = this.now()
    this.startedAt = performance.now()
    this.state = { ...this.state, rate }
    this.place(false)
    this.emit()
  }

  setEnds(ends: Ends) {
    this.state = { ...this.state, ends }
    if (this.state.playing) this.land()
    else this.place(true)
    this.emit()
  }

  setLoop(loop: boolean) {
    this.state = { ...this.state, loop }
    this.emit()
  }

  dispose() {
    this.landing++
    cancelAnimationFrame(this.timer)
    for (const p of this.players) this.release(p)
    this.players = []
  }

  /**
   * Every player to the clock's time, held there until all have their frame, then started
   * together on a clock that starts then: players seeking while playing each start when their
   * own decoder is done (on a busy machine a second apart). A newer seek (a dragged seek bar
   * fires many) takes over from an older one still landing.
   */
  private land() {
    const token = ++this.landing
    this.holding = true
    this.place(true)
    const seeked = this.players.map((p) =>
      p.seeking
        ? new Promise<void>((done) => p.addEventListener('seeked', () => done(), { once: true }))
        : Promise.resolve(),
    )
    const enough = new Promise<void>((done) => setTimeout(done, LAND_MS))
    void Promise.race([Promise.all(seeked), enough]).then(() => {
      if (token !== this.landing || !this.state.playing) return
      this.holding = false
      this.startedAt = performance.now()
      this.place(false)
    })
  }

  /** Players (all of them, unless named) where the clock says, playing or paused as the group is. */
  private place(exact: boolean, which: readonly HTMLVideoElement[] = this.players) {
    const t = this.now()
    for (const p of which) {
      // A looping clip loops in the browser (no stall at its seam); the clock keeps it in step.
      p.loop = this.state.ends === 'loop'
      const target = this.targetFor(p, t)
      if (exact || Math.abs(p.currentTime - target) > SEEK_S) p.currentTime = target
      p.playbackRate = this.state.rate
      const done = this.state.ends === 'stop' && t >= lengthOf(p) - 0.001
      if (this.state.playing && !this.holding && !done) void p.play().catch(() => {})
      else p.pause()
    }
  }

  /** The clock's own beat: the group's end, and players that stopped at theirs. */
  private tick = () => {
    if (!this.state.playing) return
    const t = this.now()
    // A length not known yet is no end.
    if (this.state.duration > 0 && t >= this.state.duration) {
      if (this.state.loop) this.seek(0)
      else {
        this.base = this.state.duration
        this.state = { ...this.state, playing: false, time: this.base }
        this.place(true)
        this.emit()
        return
      }
    }
    for (const p of this.players) {
      const d = lengthOf(p)
      if (this.state.ends === 'stop' && t >= d && !p.paused) p.pause()
    }
    this.state = { ...this.state, time: t }
    for (const l of this.clocks) l(t)
    this.timer = requestAnimationFrame(this.tick)
  }

  /** On each presented frame: how far the player is from the clock, and a nudge or a seek. */
  private watch(p: FrameVideo) {
    if (!p.requestVideoFrameCallback) return
    const onFrame = (_now: number, meta: { mediaTime: number }) => {
      this.handles.set(p, p.requestVideoFrameCallback(onFrame))
      if (!this.state.playing || p.paused) return
      const target = this.targetFor(p, this.now())
      let drift = meta.mediaTime - target
      // Across a loop's seam the nearer way round counts.
      const d = lengthOf(p)
      if (this.state.ends === 'loop' && d && Math.abs(drift) > d / 2) drift -= Math.sign(drift) * d
      if (Math.abs(drift) > SEEK_S) p.currentTime = target
      else if (Math.abs(drift) <= SETTLED_S) p.playbackRate = this.state.rate
      else p.playbackRate = this.state.rate * (1 - Math.max(-NUDGE, Math.min(NUDGE, drift * 5)))
    }
    this.handles.set(p, p.requestVideoFrameCallback(onFrame))
  }

  private release(p: FrameVideo) {
    const h = this.handles.get(p)
    if (h !== undefined) p.cancelVideoFrameCallback?.(h)
    this.handles.delete(p)
  }

  private emit() {
    for (const l of this.listeners) l()
    for (const l of this.clocks) l(this.state.time)
  }
}

const lengthOf = (p: HTMLVideoElement) => (Number.isFinite(p.duration) ? p.duration : 0)
