import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TaskBody } from '../../src/features/tasks/TaskBody.tsx'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { relayId } from '../../src/api/relayId.ts'
import { taskWindowEn } from '../../src/features/tasks/windowMessages.en.ts'
import { startFaultyProxy } from './faultyProxy.ts'
import {
  connect,
  receivedCreates,
  renderWithProviders,
  setupSimulator,
  showNewTask,
} from './harness.tsx'

// The app's clock and the simulator's are the same faked clock: a five-minute job runs in
// well under a second, while every poll still crosses real HTTP to the simulator. The
// simulator counts elapsed time (the faked performance clock), as a relay elsewhere does:
// a jump of this machine's wall clock does not move it.
const sim = setupSimulator(1, { now: () => performance.now() })

// Captured before the clock is faked: real waits for real sockets.
const realSetTimeout = globalThis.setTimeout
const realSleep = (ms: number) => new Promise((done) => realSetTimeout(done, ms))

/** Moves the faked clock in small steps, letting real I/O land between them, until `seen`. */
async function runUntil(seen: () => boolean, fakeMs: number, step = 250): Promise<number> {
  const start = Date.now()
  while (!seen()) {
    if (Date.now() - start > fakeMs)
      throw new Error(
        `not seen within ${fakeMs} ms of fake time; showing: ${document.body.textContent}`,
      )
    await vi.advanceTimersByTimeAsync(step)
    await realSleep(2)
  }
  return Date.now() - start
}

/** Moves the faked clock `fakeMs` ahead in steps, letting real I/O land between them. */
async function runFor(fakeMs: number, step = 5_000) {
  const end = Date.now() + fakeMs
  await runUntil(() => Date.now() >= end, fakeMs + step, step)
}

const shown = (text: string | RegExp) => () => screen.queryByText(text) !== null

const actFlag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }

beforeEach(() => {
  // Updates arrive from real sockets between clock steps, as in a browser: not inside act().
  actFlag.IS_REACT_ACT_ENVIRONMENT = false
  // Date, performance and timers only: I/O callbacks (setImmediate, sockets) stay real.
  vi.useFakeTimers({
    toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  })
})
afterEach(() => {
  vi.useRealTimers()
  actFlag.IS_REACT_ACT_ENVIRONMENT = true
})

describe('a task’s window over faked time, against the simulator', () => {
  it('goes queued (with the wait) → a progress bar with time left → the player', async () => {
    connect(sim().url, 'sk-sim-timers-flow')
    startTaskBody('A lighthouse [sim queue=30 len=270]')

    await runUntil(shown(/^Queued · 0:1\d$/), 20_000)
    expect(screen.queryByRole('progressbar')).toBeNull()

    await runUntil(() => screen.queryByRole('progressbar') !== null, 30_000)
    await runUntil(shown(/left/), 120_000)
    const bar = screen.getByRole('progressbar', { name: 'Progress' })
    const early = Number(bar.getAttribute('aria-valuenow'))
    expect(screen.getByRole('status')).toHaveTextContent(/^Generating · \d:\d\d$/)

    await vi.advanceTimersByTimeAsync(60_000)
    await runUntil(() => Number(bar.getAttribute('aria-valuenow')) > early, 30_000)
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeLessThan(100)

    await runUntil(() => screen.queryByLabelText('Generated video') !== null, 240_000)
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.getByRole('button', { name: 'Download' })).toBeInTheDocument()
  }, 30_000)

  it.each([
    ['image_review', '图片审核未通过'],
    ['prompt_review', '提示词包含违规内容'],
    ['result_review', '生成结果未通过内容审核'],
    ['other', '上游服务错误'],
  ] as const)(
    'says what a %s failure means, with the relay’s words beneath',
    async (fail, words) => {
      connect(sim().url, `sk-sim-timers-${fail}`)
      startTaskBody(`A crowd [sim queue=5 len=60 fail=${fail}]`)
      await runUntil(() => screen.queryByRole('alert') !== null, 120_000)
      const kind = fail === 'other' ? 'generic' : fail
      const alert = screen.getByRole('alert')
      expect(alert).toHaveTextContent(taskWindowEn[`failure.${kind}`])
      expect(alert).toHaveTextContent(taskWindowEn[`failure.${kind}.hint`])
      expect(alert).toHaveTextContent(words)
    },
    20_000,
  )

  it.each([
    ['no_video', taskWindowEn['failure.no_video']],
    ['unsafe_url', taskWindowEn['failure.unsafe_url']],
  ] as const)(
    'a “success” with %s is a failure, not a wait',
    async (fail, message) => {
      connect(sim().url, `sk-sim-timers-${fail}`)
      startTaskBody(`A fox [sim queue=0 len=20 fail=${fail}]`)
      await runUntil(() => screen.queryByRole('alert') !== null, 60_000)
      expect(screen.getByRole('alert')).toHaveTextContent(message)
    },
    20_000,
  )

  it('keeps its progress and says “reconnecting” while the relay fails, then finishes', async () => {
    const proxy = await startFaultyProxy(sim().url)
    try {
      connect(proxy.url, 'sk-sim-timers-reconnect')
      startTaskBody('A tram [sim queue=0 len=120]')
      await runUntil(shown(/left/), 60_000)
      const bar = screen.getByRole('progressbar', { name: 'Progress' })
      const before = Number(bar.getAttribute('aria-valuenow'))

      proxy.mode = 'html502'
      await runUntil(shown(/^Reconnecting… The relay had a server error\.$/), 60_000)
      expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(before)
      expect(screen.queryByRole('alert')).toBeNull()

      proxy.mode = 'drop'
      await runUntil(shown(/^Reconnecting… The relay could not be reached\.$/), 60_000)

      proxy.mode = 'pass'
      await runUntil(() => screen.queryByLabelText('Generated video') !== null, 180_000)
      expect(screen.queryByText(/Reconnecting/)).toBeNull()
    } finally {
      await proxy.close()
    }
  }, 30_000)
})

describe('a paid request is never sent again on its own', () => {
  /** Every POST that leaves the page from now on, counted as it leaves. */
  afterEach(() => vi.restoreAllMocks())
  const postsSent = () => {
    const sent = vi.spyOn(globalThis, 'fetch')
    return () => sent.mock.calls.filter(([, init]) => init?.method === 'POST').length
  }

  it('a create the relay refused offers Try again, and ten minutes on nothing was re-sent', async () => {
    connect(sim().url, 'sk-sim-timers-no-retry')
    const posts = postsSent()
    startTaskBody('A bird', 'no-such-model')
    await runUntil(() => screen.queryByRole('button', { name: 'Try again' }) !== null, 10_000)
    expect(posts()).toBe(1)
    // Every timer the page set (a retry, a backoff, a poll) runs, ten minutes' worth.
    await runFor(10 * 60_000)
    expect(posts()).toBe(1)
    expect(await receivedCreates(sim().url, 'sk-sim-timers-no-retry')).toHaveLength(1)
  }, 20_000)

  it('a create on its way when the page closed is never re-sent, ten minutes on', async () => {
    connect(sim().url, 'sk-sim-timers-interrupted')
    const posts = postsSent()
    useTasksStore.getState().actions.added({
      localId: 'interrupted-timers',
      relay: relayId(sim().url),
      body: { model: 'sora-2', prompt: 'A closing page' },
      frame: { aspect: '16:9', hd: false, seconds: 10 },
      createdAt: Date.now(),
    })
    useTasksStore.getState().actions.createFailed('interrupted-timers', {
      kind: 'interrupted',
      mayHaveReachedRelay: true,
    })
    renderWithProviders(<TaskBody localId="interrupted-timers" />)
    await runUntil(() => screen.queryByRole('button', { name: 'Try again' }) !== null, 10_000)
    await runFor(10 * 60_000)
    expect(posts()).toBe(0)
    expect(await receivedCreates(sim().url, 'sk-sim-timers-interrupted')).toHaveLength(0)
  }, 20_000)
})

describe('a jump of the system clock', () => {
  const HOUR = 3_600_000
  const progressNow = () =>
    Number(screen.queryByRole('progressbar')?.getAttribute('aria-valuenow') ?? -1)

  it.each([
    ['forward two hours: the job is not taken for overdue', 2 * HOUR],
    ['back two hours: reads go on at their pace', -2 * HOUR],
  ])(
    '%s',
    async (_name, jump) => {
      // The simulator keeps real elapsed time (the faked performance clock): a jump of the
      // wall clock moves the app's Date only, as when a user changes the system time.
      connect(sim().url, `sk-sim-timers-jump-${jump}`)
      startTaskBody('A harbour [sim queue=0 len=120]')
      await runUntil(shown(/left/), 60_000)
      const before = progressNow()

      vi.setSystemTime(Date.now() + jump)
      // Within 20 s of real time the bar has moved on from a fresh read, and no deadline hit.
      await runUntil(() => progressNow() > before + 5, 20_000)
      expect(screen.queryByText(taskWindowEn['task.overdue'])).toBeNull()
      await runUntil(() => screen.queryByLabelText('Generated video') !== null, 180_000)
    },
    30_000,
  )
})

function startTaskBody(prompt: string, model = 'sora-2') {
  showNewTask({ model, prompt, duration: '10' })
}
