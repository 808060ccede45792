import { useEffect } from 'react'
import { useT } from '../lib/i18n/i18n.ts'
import { alertPrefs, playChime } from '../features/settings/alertPrefs.ts'
import { endedBetween } from '../features/tasks/stage.ts'
import { useTasksStore } from '../features/tasks/tasksStore.ts'
import type { TaskRecord } from '../features/tasks/taskRecord.ts'
import { isWorker, useLeadership } from '../lib/leader.ts'
import { showView } from './useView.ts'

const failed = (r: TaskRecord) => r.phase === 'create_failed' || r.outcome?.status === 'failed'

/**
 * A job that ends is announced as the creator chose: a chime, and a desktop notification
 * while the tab is not looked at. Only the tab that works for all announces (every tab hears
 * of the end): one chime, one notification, however many tabs are open.
 */
export function useJobAlerts() {
  const t = useT()
  const works = useLeadership((s) => isWorker(s.role))
  useEffect(() => {
    if (!works) return
    return useTasksStore.subscribe((s, before) => {
      const ended = endedBetween(s.tasks, before.tasks)
      if (ended.length === 0) return
      const { notify, sound } = alertPrefs()
      if (sound) playChime()
      const looking = document.visibilityState === 'visible' && document.hasFocus()
      if (!notify || looking || typeof Notification === 'undefined') return
      if (Notification.permission !== 'granted') return
      for (const r of ended) {
        const title = r.body.prompt.slice(0, 80)
        const note = new Notification(t(failed(r) ? 'alerts.failed' : 'alerts.done', { title }), {
          body: r.body.model,
          tag: `sora-studio.${r.localId}`,
        })
        note.onclick = () => {
          window.focus()
          showView('workspace')
          void import('./TaskWindows.tsx').then((m) => m.showTask(r.localId))
          note.close()
        }
      }
    })
  }, [works, t])
}
