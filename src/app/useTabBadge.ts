import { useEffect, useState } from 'react'
import { endedBetween, isFinished } from '../features/tasks/stage.ts'
import { useTasksStore } from '../features/tasks/tasksStore.ts'
import { faviconHref, tabTitle } from './tabBadge.ts'

/** The creator is looking at this tab: it is shown and has the focus. */
const looking = () => document.visibilityState === 'visible' && document.hasFocus()

/**
 * The tab's title and favicon count the jobs running and those finished (or failed) since
 * the tab was last looked at, so a creator in another tab or app sees when to come back.
 */
export function useTabBadge(name: string) {
  const running = useTasksStore((s) => Object.values(s.tasks).filter((r) => !isFinished(r)).length)
  const [unseen, setUnseen] = useState<readonly string[]>([])

  // A job that ends while nobody looks is news until the tab is looked at again.
  useEffect(
    () =>
      useTasksStore.subscribe((s, before) => {
        if (looking()) return
        const ended = endedBetween(s.tasks, before.tasks).map((r) => r.localId)
        if (ended.length > 0) setUnseen((u) => [...new Set([...u, ...ended])])
      }),
    [],
  )
  useEffect(() => {
    const seen = () => {
      if (looking()) setUnseen((u) => (u.length === 0 ? u : []))
    }
    document.addEventListener('visibilitychange', seen)
    addEventListener('focus', seen)
    return () => {
      document.removeEventListener('visibilitychange', seen)
      removeEventListener('focus', seen)
    }
  }, [])

  useEffect(() => {
    document.title = tabTitle(name, running, unseen.length)
    const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]')
    if (icon)
      icon.href = running + unseen.length > 0 ? faviconHref(running, unseen.length) : '/favicon.svg'
  }, [name, running, unseen.length])
}
