import { useT } from '../../lib/i18n/i18n.ts'
import { openSettings } from '../settings/settingsUi.ts'
import { explainError, type Explanation } from './describe.ts'
import { ExplanationView } from './Explanation.tsx'
import { QuotaAdvice } from './QuotaAdvice.tsx'
import { submitTask } from './submitTask.ts'
import { askReuse } from './reuseIntent.ts'
import { imagesLost, type CreateFailure, type TaskRecord } from './taskRecord.ts'

/** A remix has two failures of its own: no remix on this relay, and a source the relay forgot. */
function explain(record: TaskRecord, f: CreateFailure): Explanation {
  if (record.remixOf && f.kind === 'unsupported')
    return { title: 'remix.unsupported', hint: 'remix.unsupported.hint', detail: f.detail }
  if (record.remixOf && f.kind === 'not_found')
    return { title: 'remix.sourceGone', hint: 'remix.sourceGone.hint', detail: f.detail }
  return explainError(f.kind, f.detail)
}

/** A create that failed: why, and "Try again" that only the user can press. */
export function CreateFailed({
  record,
  failure: f,
}: {
  record: TaskRecord
  failure: CreateFailure
}) {
  const t = useT()
  const lost = imagesLost(record)
  return (
    <ExplanationView
      explanation={explain(record, f)}
      hint={f.kind === 'quota' ? <QuotaAdvice model={record.body.model} /> : undefined}
    >
      {f.mayHaveReachedRelay && !lost && <p className="text-amber-200">{t('task.tryAgainWarn')}</p>}
      {lost && <p className="text-amber-200">{t('task.imagesLost')}</p>}
      <div className="flex gap-2">
        {!lost && (
          <button type="button" className="btn" onClick={() => void submitTask(record.localId)}>
            {t('task.tryAgain')}
          </button>
        )}
        {/* Changed before it goes again: back in the composer (not for a remix's change). */}
        {!record.remixOf && (
          <button type="button" className="btn-outline" onClick={() => askReuse(record.localId)}>
            {t('task.editRetry')}
          </button>
        )}
        {(f.kind === 'auth' || f.kind === 'config') && (
          <button type="button" className="btn-ghost" onClick={openSettings}>
            {t('task.openSettings')}
          </button>
        )}
      </div>
    </ExplanationView>
  )
}
