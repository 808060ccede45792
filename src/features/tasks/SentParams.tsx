import { useT } from '../../lib/i18n/i18n.ts'
import { shownValues } from '../../profiles/shownValues.ts'
import { asSent, useSayValue } from './useSayValue.ts'
import type { TaskRecord } from './taskRecord.ts'

const OWN = new Set(['model', 'prompt', 'images'])

/**
 * The model and what the request chose, in the user's words, defaults left out ("Aspect
 * ratio 9:16 portrait", "Upsample to 1080p: on"): so results from different models and
 * settings can be compared side by side. The fields exactly as sent wait in a details line,
 * for whoever compares with the relay's logs or docs.
 */
export function SentParams({ record }: { record: TaskRecord }) {
  const t = useT()
  const say = useSayValue()
  const wire = Object.entries(record.body).filter(([k]) => !OWN.has(k))
  return (
    <div className="mb-2 text-xs text-slate-400">
      <ul aria-label={t('task.sent')} className="flex flex-wrap gap-x-3 gap-y-1">
        <li className="font-mono text-slate-200">{record.body.model}</li>
        {shownValues(record.body).map((v) => (
          <li key={v.kind === 'raw' ? v.field : v.label} className="text-slate-200">
            {say(v)}
          </li>
        ))}
        {record.imageCount > 0 && <li>{t('task.param.images', { n: record.imageCount })}</li>}
      </ul>
      {wire.length > 0 && (
        <details className="mt-1">
          <summary className="w-fit cursor-pointer select-none">{t('task.wire')}</summary>
          <p className="mt-1 font-mono break-all">
            {wire.map(([k, v]) => `${k} ${asSent(v)}`).join(' · ')}
          </p>
        </details>
      )}
    </div>
  )
}
