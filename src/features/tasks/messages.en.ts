/** The task body, player, remix, history and what went wrong. */
export const tasksEn = {
  'status.waiting': 'Waiting',
  'status.submitting': 'Submitting',
  'status.queued': 'Queued',
  'status.running': 'Generating',
  'status.succeeded': 'Done',
  'status.failed': 'Failed',
  'task.done': 'Done',
  'task.failed': 'Failed',
}
