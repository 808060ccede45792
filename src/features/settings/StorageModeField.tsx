import { useId } from 'react'
import { passphraseSupported } from '../../lib/crypto/passphrase.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { Choices } from '../../lib/ui/Choices.tsx'
import { Field, FieldError } from '../../lib/ui/Field.tsx'
import type { VaultMode } from '../../lib/vault/vaultStore.ts'

export interface StorageChoice {
  mode: VaultMode
  passphrase: string
  confirm: string
  autoLockMinutes: number
}

interface Props {
  value: StorageChoice
  onChange: (change: Partial<StorageChoice>) => void
  /** Already locked with a passphrase: empty fields keep it. */
  hasPassphrase: boolean
  error: string | null
}

const AUTO_LOCK = [0, 5, 15, 30, 60]
const PAIR = [
  ['passphrase', 'settings.passphrase'],
  ['confirm', 'settings.passphraseConfirm'],
] as const

/** "Remember on this device" or "lock with a passphrase", said plainly. */
export function StorageModeField({ value, onChange, hasPassphrase, error }: Props) {
  const t = useT()
  const supported = passphraseSupported()
  const errorId = useId()
  // The two passphrase boxes share one error (they differ, or one is too short): said once.
  const pair = { small: true, invalid: Boolean(error), describedBy: error ? errorId : undefined }
  return (
    <div className="space-y-2">
      <Choices
        legend={t('settings.storage')}
        value={value.mode}
        onChange={(mode) => onChange({ mode })}
        choices={[
          {
            value: 'device',
            label: t('settings.mode.device'),
            note: t('settings.mode.deviceNote'),
          },
          {
            value: 'passphrase',
            label: t('settings.mode.passphrase'),
            note: supported ? t('settings.mode.passphraseNote') : t('settings.mode.unavailable'),
            disabled: !supported,
          },
        ]}
      />
      {value.mode === 'passphrase' && (
        <div className="space-y-2 pl-6">
          <div className="grid grid-cols-2 gap-2">
            {PAIR.map(([key, label]) => (
              <Field key={key} label={t(label)} {...pair}>
                {(control) => (
                  <input
                    {...control}
                    type="password"
                    autoComplete="new-password"
                    className="field w-full"
                    value={value[key]}
                    onChange={(e) => onChange({ [key]: e.target.value })}
                  />
                )}
              </Field>
            ))}
          </div>
          {hasPassphrase && (
            <p className="text-xs text-slate-400">{t('settings.passphraseKeep')}</p>
          )}
          {error && <FieldError id={errorId}>{error}</FieldError>}
          <Field label={t('settings.autoLock')} small>
            {(control) => (
              <select
                {...control}
                className="field py-1"
                value={value.autoLockMinutes}
                onChange={(e) => onChange({ autoLockMinutes: Number(e.target.value) })}
              >
                {AUTO_LOCK.map((n) => (
                  <option key={n} value={n}>
                    {n === 0 ? t('settings.autoLock.never') : t('settings.autoLock.minutes', { n })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
    </div>
  )
}
