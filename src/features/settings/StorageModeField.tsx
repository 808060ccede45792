import { useId } from 'react'
import { passphraseSupported } from '../../lib/crypto/passphrase.ts'
import { useT } from '../../lib/i18n/i18n.ts'
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

/** "Remember on this device" or "lock with a passphrase", said plainly. */
export function StorageModeField({ value, onChange, hasPassphrase, error }: Props) {
  const t = useT()
  const supported = passphraseSupported()
  const ids = { pass: useId(), confirm: useId(), lock: useId(), error: useId() }
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t('settings.storage')}</legend>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="radio"
          name="storage-mode"
          checked={value.mode === 'device'}
          onChange={() => onChange({ mode: 'device' })}
        />
        <span>
          {t('settings.mode.device')}
          <span className="block text-xs text-slate-400">{t('settings.mode.deviceNote')}</span>
        </span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="radio"
          name="storage-mode"
          disabled={!supported}
          checked={value.mode === 'passphrase'}
          onChange={() => onChange({ mode: 'passphrase' })}
        />
        <span>
          {t('settings.mode.passphrase')}
          <span className="block text-xs text-slate-400">
            {supported ? t('settings.mode.passphraseNote') : t('settings.mode.unavailable')}
          </span>
        </span>
      </label>
      {value.mode === 'passphrase' && (
        <div className="space-y-2 pl-6">
          <div className="grid grid-cols-2 gap-2">
            <div className="space-y-1">
              <label htmlFor={ids.pass} className="text-xs">
                {t('settings.passphrase')}
              </label>
              <input
                id={ids.pass}
                type="password"
                autoComplete="new-password"
                className="field w-full"
                value={value.passphrase}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? ids.error : undefined}
                onChange={(e) => onChange({ passphrase: e.target.value })}
              />
            </div>
            <div className="space-y-1">
              <label htmlFor={ids.confirm} className="text-xs">
                {t('settings.passphraseConfirm')}
              </label>
              <input
                id={ids.confirm}
                type="password"
                autoComplete="new-password"
                className="field w-full"
                value={value.confirm}
                aria-invalid={error ? true : undefined}
                onChange={(e) => onChange({ confirm: e.target.value })}
              />
            </div>
          </div>
          {hasPassphrase && (
            <p className="text-xs text-slate-400">{t('settings.passphraseKeep')}</p>
          )}
          {error && (
            <p id={ids.error} role="alert" className="text-sm text-red-300">
              {error}
            </p>
          )}
          <label htmlFor={ids.lock} className="flex items-center gap-2 text-xs">
            {t('settings.autoLock')}
            <select
              id={ids.lock}
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
          </label>
        </div>
      )}
    </fieldset>
  )
}
