import { useJobAlerts } from './useJobAlerts.ts'
import { useTabBadge } from './useTabBadge.ts'

/**
 * What tells the creator, from elsewhere, that jobs run or ended: the tab's title and icon,
 * a chime, a notification. Loaded with the tasks (not on the first screen). Renders nothing.
 */
export default function JobSignals({ title }: { title: string }) {
  useTabBadge(title)
  useJobAlerts()
  return null
}
