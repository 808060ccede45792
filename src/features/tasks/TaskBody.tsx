import { isRelayError, isTransient, type RelayErrorKind } from '../../api/errors.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { openSettings } from '../settings/settingsUi.ts'
import { explainFailure, explainUnknown } from './describe.ts'
import { ExplanationView } from './Explanation.tsx'
import { CreateFailed } from './CreateFailed.tsx'
import { TaskProgress } from './TaskProgress.tsx'
import { SentParams } from './SentParams.tsx'
import { TaskVideo } from './TaskVideo.tsx'
import { DEFAULT_DEADLINE_MS } from './deadline.ts'
import { tasksActions, useTask, type TaskRecord } from './tasksStore.ts'
import { useTaskQuery } from './useTaskQuery.ts'
import { observationsOf } from './taskQuery.ts'

/** Everything inside a task's window, from "submitting" to the player or a failure. */
export function TaskBody({ localId }: { localId: string }) {
  const record = useTask(localId)
  if (!record) return null
  // A column: the parameters on top, the state (a player that fills the rest) below.
  return (
    <div className="flex h-full flex-col">
      <SentParams record={record} />
      <div className="min-h-0 flex-1">
        <TaskState record={record} />
      </div>
    </div>
  )
}

function TaskState({ record }: { record: TaskRecord }) {
  const t = useT()
  if (record.phase === 'submitting') {
    return (
      <p role="status" className="animate-pulse text-sm text-slate-300">
        {t('task.submitting')}
      </p>
    )
  }
  if (record.phase === 'create_failed' && record.createFailure) {
    return <CreateFailed record={{ ...record, createFailure: record.createFailure }} />
  }
  return record.remoteId ? <RemoteTask record={record} remoteId={record.remoteId} /> : null
}

/** What the last failed read was, in the words of the error messages, while retrying. */
function reconnectReason(error: unknown): RelayErrorKind | 'unknown' {
  return isRelayError(error) ? error.kind : 'unknown'
}

function RemoteTask({ record, remoteId }: { record: TaskRecord; remoteId: string }) {
  const t = useT()
  const { query, locked, elsewhere, overdue } = useTaskQuery(record)
  const snapshot = query.data

  // A transient error keeps the last progress on screen ("reconnecting…"); others replace it.
  if (query.isError && (!snapshot || !isTransient(query.error))) {
    const auth = isRelayError(query.error) && query.error.kind === 'auth'
    return (
      <ExplanationView explanation={explainUnknown(query.error)}>
        {auth && (
          <button type="button" className="btn" onClick={openSettings}>
            {t('task.openSettings')}
          </button>
        )}
      </ExplanationView>
    )
  }
  if (snapshot?.status === 'failed' && snapshot.failure) {
    return (
      <ExplanationView
        explanation={explainFailure(snapshot.failure.kind, snapshot.failure.reason)}
      />
    )
  }
  if (snapshot?.status === 'succeeded' && snapshot.videoUrl) {
    return <TaskVideo record={record} remoteId={remoteId} url={snapshot.videoUrl} />
  }
  return (
    <TaskProgress
      paused={
        locked ? 'task.locked' : elsewhere ? 'task.otherRelay' : overdue ? 'task.overdue' : null
      }
      onKeepWaiting={
        overdue
          ? () => tasksActions().deadlineExtended(record.localId, DEFAULT_DEADLINE_MS)
          : undefined
      }
      observations={() => observationsOf(record.relay, remoteId)}
      createdAt={record.createdAt}
      status={snapshot?.status ?? 'queued'}
      progress={snapshot?.progress ?? null}
      reconnecting={
        query.fetchStatus === 'paused'
          ? 'offline'
          : query.failureCount > 0
            ? reconnectReason(query.failureReason)
            : null
      }
    />
  )
}
