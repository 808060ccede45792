import type { FailureKind } from '../../api/types.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { SendAgainButton } from './SendAgainButton.tsx'
import { askReuse } from './reuseIntent.ts'
import { imagesLost, type TaskRecord } from './taskRecord.ts'

/** Refusals of what was asked: sent again unchanged, they would be refused again (and may cost). */
const REFUSED: readonly FailureKind[] = ['prompt_review', 'image_review']

/**
 * What a creator can do with a job the relay failed: **Edit & retry** (its request back in
 * the composer, the library's Reuse), and **Try again** (the same request, a new paid job)
 * only where sending it again can help: never for a prompt or image the relay refused (the
 * action is then "Edit prompt"), never for a remix (its body is only the change).
 */
export function FailedActions({ record, kind }: { record: TaskRecord; kind: FailureKind }) {
  const t = useT()
  if (record.remixOf || record.phase === 'local') return null
  const refused = REFUSED.includes(kind)
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" className="btn" onClick={() => askReuse(record.localId)}>
        {t(kind === 'prompt_review' ? 'task.editPrompt' : 'task.editRetry')}
      </button>
      {!refused && !imagesLost(record) && (
        <SendAgainButton record={record} label={t('task.tryAgain')} className="btn-outline" />
      )}
    </div>
  )
}
