import { useT } from '../../lib/i18n/i18n.ts'
import type { ShownValue } from '../../profiles/shownValues.ts'

/** A field's wire value as sent: JSON values as JSON, strings as they are. */
export const asSent = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))

/** One chosen value in the user's words ("Aspect ratio 9:16 portrait", "Upsample: on"). */
export function useSayValue() {
  const t = useT()
  return (v: ShownValue) => {
    switch (v.kind) {
      case 'choice':
        return t('task.param.choice', { label: t(v.label), value: t(v.option, v.params) })
      case 'toggle':
        return t(v.on ? 'task.param.on' : 'task.param.off', { label: t(v.label) })
      case 'raw':
        return `${v.field} ${asSent(v.value)}`
    }
  }
}
