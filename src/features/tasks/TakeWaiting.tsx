import { relayId } from '../../api/relayId.ts'
import { useSentences, useT } from '../../lib/i18n/i18n.ts'
import { slotsSetting, useCredentials, useSettingsStore } from '../settings/settingsStore.ts'
import { askReuse } from './reuseIntent.ts'
import { useRelayBusy, waitingAt } from './takeQueue.ts'
import { imagesLost, type TaskRecord } from './taskRecord.ts'
import { forgetTasks, useTasksStore } from './tasksStore.ts'

/** Cancels a waiting job: nothing was sent, so nothing is charged; it is simply gone. */
async function cancelWaiting(localId: string) {
  if (useTasksStore.getState().tasks[localId]?.phase === 'waiting') await forgetTasks([localId])
}

/**
 * A job recorded but not sent: why it waits (the relay's slots are taken, another relay is in
 * use, or its images were lost to a reload), how many are ahead, and Cancel — nothing was
 * sent, so nothing was charged.
 */
export function TakeWaiting({ record }: { record: TaskRecord }) {
  const t = useT()
  const sentences = useSentences()
  const here = relayId(useCredentials()?.baseUrl ?? '') === record.relay
  const setting = useSettingsStore((s) => slotsSetting(record.relay, s))
  const lowered = useRelayBusy((s) => s.lowered[record.relay])
  const ahead = useTasksStore((s) =>
    waitingAt(Object.values(s.tasks), record.relay).findIndex((r) => r.localId === record.localId),
  )
  const lost = imagesLost(record)
  const why = lost
    ? t('take.imagesLost')
    : !here
      ? t('take.otherRelay')
      : sentences([
          t('take.waiting', { slots: lowered ?? setting }),
          ahead > 0 ? t('take.ahead', { n: ahead }) : '',
          lowered !== undefined && lowered < setting ? t('take.lowered', { n: lowered }) : '',
        ])
  return (
    <div className="space-y-2 text-sm">
      <p role="status" className="text-slate-300">
        {why}
      </p>
      <div className="flex flex-wrap gap-2">
        {lost && (
          <button
            type="button"
            className="btn-outline btn-sm"
            onClick={() => askReuse(record.localId)}
          >
            {t('task.editRetry')}
          </button>
        )}
        <button
          type="button"
          className="btn-ghost btn-sm"
          onClick={() => void cancelWaiting(record.localId)}
        >
          {t('take.cancel')}
        </button>
      </div>
    </div>
  )
}
