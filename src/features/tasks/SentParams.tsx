import { useT } from '../../lib/i18n/i18n.ts'
import type { TaskRecord } from './taskRecord.ts'

const OWN = new Set(['model', 'prompt', 'images'])

/** Each field as it went on the wire: JSON values shown as JSON, strings as they are. */
const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))

/**
 * The model and the parameters that were sent, as sent: so results from different models
 * and settings can be compared side by side.
 */
export function SentParams({ record }: { record: TaskRecord }) {
  const t = useT()
  const fields = Object.entries(record.body).filter(([k]) => !OWN.has(k))
  return (
    <dl
      aria-label={t('task.sent')}
      className="mb-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-400"
    >
      <div className="flex gap-1">
        <dt className="sr-only">model</dt>
        <dd className="font-mono text-slate-200">{record.body.model}</dd>
      </div>
      {fields.map(([k, v]) => (
        <div key={k} className="flex gap-1">
          <dt className="font-mono">{k}</dt>
          <dd className="font-mono text-slate-200">{shown(v)}</dd>
        </div>
      ))}
      {record.imageCount > 0 && (
        <div className="flex gap-1">
          <dt className="font-mono">images</dt>
          <dd className="font-mono text-slate-200">{record.imageCount}</dd>
        </div>
      )}
    </dl>
  )
}
