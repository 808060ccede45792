import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { relayId } from '../../src/api/relayId.ts'
import { App } from '../../src/app/App.tsx'
import { loadTasks } from '../../src/features/tasks/tasksStore.ts'
import { MAX_DOCKED, MAX_SHOWN } from '../../src/features/windows/bound.ts'
import { useWindowsStore } from '../../src/features/windows/windowsStore.ts'
import { manyTasksStorage } from '../fixtures/manyTasks.ts'
import { connect, renderWithProviders, setupSimulator } from './harness.tsx'

const sim = setupSimulator(0.05)

/** The app as it starts on a browser that kept 2,000 tasks, 300 of them with windows open. */
async function startWithManyTasks() {
  connect(sim().url, 'sk-sim-many')
  const stored = manyTasksStorage({
    relay: relayId(sim().url),
    baseUrl: sim().url,
    tasks: 2000,
    openWindows: 300,
    newestAt: Date.now(),
  })
  for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value)
  // As an earlier version kept them (localStorage): moved into IndexedDB on the way in.
  await loadTasks()
  await useWindowsStore.persist.rehydrate()
  renderWithProviders(<App />)
  // The window layer is a lazy chunk: its first load in a worker can take a few seconds.
  const dock = await screen.findByRole('navigation', { name: 'Windows' }, { timeout: 5000 })
  await waitFor(() => expect(windows()).toHaveLength(MAX_SHOWN), { timeout: 5000 })
  return dock
}

/** The dock's way to the library: its cards (list items), once there. */
async function openLibrary(dock: HTMLElement) {
  await userEvent.click(within(dock).getByRole('button', { name: 'Library' }))
  const library = await screen.findByRole('region', { name: 'Library' }, { timeout: 5000 })
  return within(library).getAllByRole('listitem')
}

const windows = () => screen.queryAllByRole('region').filter((r) => r.hasAttribute('data-window'))

describe('a workspace with 2,000 tasks and 300 windows left open', () => {
  it('shows 12 windows and 24 in the dock; every task stays in the library', async () => {
    const dock = await startWithManyTasks()
    expect(within(dock).getAllByRole('button', { name: /^Show / })).toHaveLength(MAX_DOCKED)
    // The newest task's window is among those shown.
    expect(windows().map((w) => w.getAttribute('data-window'))).toContain('t-many-1999')

    const rows = await openLibrary(dock)
    // Only a screenful is rendered, each card telling its place among all 2,000.
    expect(rows.length).toBeLessThan(40)
    expect(rows[0]).toHaveAttribute('aria-setsize', '2000')
    expect(rows[0]).toHaveAttribute('aria-posinset', '1')
    expect(rows[0]).toHaveTextContent('Scene 1999:')
  })

  it('scrolling the library to its end shows the oldest task', async () => {
    const dock = await startWithManyTasks()
    await openLibrary(dock)
    const library = screen.getByRole('region', { name: 'Library' })
    const scroller = within(library).getByRole('list', { name: 'Library' }).parentElement!
    scroller.scrollTop = 2000 * 340 - 900
    scroller.dispatchEvent(new Event('scroll'))
    const last = await within(library).findByText(/^Scene 0:/)
    expect(last.closest('li')).toHaveAttribute('aria-posinset', '2000')
  })

  it('opening an old task from the library puts the oldest finished window in the dock', async () => {
    const dock = await startWithManyTasks()
    const shownBefore = windows().map((w) => w.getAttribute('data-window'))
    // The oldest task, at the library's end: its window not shown.
    await openLibrary(dock)
    const library = screen.getByRole('region', { name: 'Library' })
    const scroller = within(library).getByRole('list', { name: 'Library' }).parentElement!
    scroller.scrollTop = 2000 * 340 - 900
    scroller.dispatchEvent(new Event('scroll'))
    const card = await within(library).findByRole('article', { name: /^Scene 0:/ })
    const scene = /Scene (\d+):/.exec(card.getAttribute('aria-label')!)![1]!
    expect(shownBefore).not.toContain(`t-many-${scene}`)
    await userEvent.click(within(card).getByRole('button', { name: 'Open in a window' }))

    await waitFor(() =>
      expect(windows().map((w) => w.getAttribute('data-window'))).toContain(`t-many-${scene}`),
    )
    expect(windows()).toHaveLength(MAX_SHOWN)
    const { stack } = useWindowsStore.getState()
    const oldest = shownBefore.sort((a, b) => stack.indexOf(a!) - stack.indexOf(b!))[0]!
    // (The workspace's dock, drawn again on coming back from the library.)
    const dockNow = screen.getByRole('navigation', { name: 'Windows' })
    expect(
      within(dockNow).getByRole('button', { name: new RegExp(`Scene ${oldest.slice(7)}:`) }),
    ).toBeInTheDocument()
  })
})
