import { useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { Check } from '../../lib/ui/Check.tsx'
import {
  askNotifyPermission,
  notifyPermission,
  playChime,
  type AlertPrefs,
  type NotifyPermission,
} from './alertPrefs.ts'

interface Props {
  value: AlertPrefs
  onChange: (value: AlertPrefs) => void
}

/**
 * How a finished job is announced. The browser's permission is asked only when the box is
 * ticked (a click), never on load; refused, the box says where to allow it.
 */
export function AlertsField({ value, onChange }: Props) {
  const t = useT()
  const [permission, setPermission] = useState<NotifyPermission>(notifyPermission)
  const blocked = permission === 'denied'
  const note =
    permission === 'unsupported'
      ? t('alerts.unsupported')
      : blocked
        ? t('alerts.blocked')
        : value.notify
          ? t('alerts.notifyNote')
          : null
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t('alerts.title')}</legend>
      <Check
        label={t('alerts.notify')}
        checked={value.notify && !blocked && permission !== 'unsupported'}
        disabled={permission === 'unsupported'}
        note={note}
        onChange={(on) => {
          if (!on) return onChange({ ...value, notify: false })
          void askNotifyPermission().then((answer) => {
            setPermission(answer)
            onChange({ ...value, notify: answer === 'granted' })
          })
        }}
      />
      <Check
        label={t('alerts.sound')}
        checked={value.sound}
        onChange={(on) => {
          // Heard once now, so the creator knows what it will sound like.
          if (on) playChime()
          onChange({ ...value, sound: on })
        }}
      />
    </fieldset>
  )
}
