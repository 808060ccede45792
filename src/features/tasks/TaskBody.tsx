import { isRelayError } from '../../api/errors.ts'
import { useCompact } from '../../lib/ui/compact.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { openSettings } from '../settings/settingsUi.ts'
import { CreateFailed } from './CreateFailed.tsx'
import { FailedActions } from './FailedActions.tsx'
import { DEFAULT_DEADLINE_MS } from './deadline.ts'
import { explainFailure, explainUnknown } from './describe.ts'
import { ExplanationView } from './Explanation.tsx'
import { SentParams } from './SentParams.tsx'
import { observationsOf } from './taskQuery.ts'
import { TaskProgress } from './TaskProgress.tsx'
import { tasksActions, useTask } from './tasksStore.ts'
import type { TaskRecord } from './taskRecord.ts'
import { TaskVideo } from './TaskVideo.tsx'
import { TakeWaiting } from './TakeWaiting.tsx'
import { LocalVideo } from './LocalVideo.tsx'
import { useTaskStage } from './useTaskQuery.ts'

/** Everything a task shows, from "submitting" to the player or a failure. */
export function TaskBody({ localId }: { localId: string }) {
  const record = useTask(localId)
  // In a short window the parameters wait in the player's menu: the picture comes first.
  const compact = useCompact()
  if (!record) return null
  // A column: the parameters on top, the state (a player that fills the rest) below.
  return (
    <div className="flex h-full flex-col">
      {!record.made && !compact && <SentParams record={record} />}
      <div className="min-h-0 flex-1">
        <TaskState record={record} />
      </div>
    </div>
  )
}

const PAUSED = {
  locked: 'task.locked',
  otherRelay: 'task.otherRelay',
  overdue: 'task.overdue',
} as const

function TaskState({ record }: { record: TaskRecord }) {
  const t = useT()
  const stage = useTaskStage(record)
  switch (stage.kind) {
    case 'waiting':
      return <TakeWaiting record={record} />
    case 'submitting':
      return (
        <p role="status" className="animate-pulse text-sm text-slate-300">
          {t('task.submitting')}
        </p>
      )
    case 'create_failed':
      return <CreateFailed record={record} failure={stage.failure} />
    case 'read_failed': {
      const auth = isRelayError(stage.error) && stage.error.kind === 'auth'
      return (
        <ExplanationView explanation={explainUnknown(stage.error)}>
          {auth && (
            <button type="button" className="btn" onClick={openSettings}>
              {t('task.openSettings')}
            </button>
          )}
        </ExplanationView>
      )
    }
    case 'failed':
      return (
        <ExplanationView explanation={explainFailure(stage.failure.kind, stage.failure.reason)}>
          <FailedActions record={record} kind={stage.failure.kind} />
        </ExplanationView>
      )
    case 'local':
      return <LocalVideo record={record} />
    case 'succeeded':
      return record.remoteId ? (
        <TaskVideo record={record} remoteId={record.remoteId} url={stage.videoUrl} />
      ) : null
    default:
      return (
        <TaskProgress
          paused={stage.paused && PAUSED[stage.paused]}
          onKeepWaiting={
            stage.paused === 'overdue'
              ? () => tasksActions().deadlineExtended(record.localId, DEFAULT_DEADLINE_MS)
              : undefined
          }
          observations={() => observationsOf(record.relay, record.remoteId ?? '')}
          createdAt={record.createdAt}
          status={stage.kind}
          progress={stage.progress}
          reconnecting={stage.reconnecting}
        />
      )
  }
}
