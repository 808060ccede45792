import { forgetCredentials } from './demo.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'
import { openSettings } from './settingsUi.ts'

/** Damaged, tampered, too-new or unopenable storage: say so, keep everything else, offer a way on. */
export function StorageProblem() {
  const t = useT()
  const problem = useVaultStore((s) => (s.status === 'problem' ? s.problem : null))
  if (!problem) return null
  return (
    <div
      role="alert"
      className="m-4 space-y-2 rounded-lg border border-amber-700 bg-amber-950/50 p-4 text-sm text-amber-100"
    >
      <p className="font-semibold">{t(`storage.${problem}`)}</p>
      {problem === 'unloaded' ? (
        // Nothing is wrong with what is stored: reloading is the way on, erasing never is.
        <button type="button" className="btn" onClick={() => location.reload()}>
          {t('app.reload')}
        </button>
      ) : (
        <>
          <p>{t('storage.hint')}</p>
          <button
            type="button"
            className="btn"
            onClick={() => {
              void forgetCredentials().then(openSettings)
            }}
          >
            {t('storage.reenter')}
          </button>
        </>
      )}
    </div>
  )
}
