import { useState } from 'react'
import { startTask } from './createTasks.ts'
import type { TaskRecord } from './taskRecord.ts'

/**
 * Sends a task's request again as a new job: one paid request per press, however fast the
 * second click comes (the button is spent once pressed).
 */
export function SendAgainButton({
  record,
  label,
  className,
}: {
  record: TaskRecord
  label: string
  className: string
}) {
  const [sent, setSent] = useState(false)
  return (
    <button
      type="button"
      className={className}
      disabled={sent}
      onClick={() => {
        if (sent) return
        setSent(true)
        startTask(record.body, record.frame)
      }}
    >
      {label}
    </button>
  )
}
