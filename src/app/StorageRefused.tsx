import { useT } from '../lib/i18n/i18n.ts'
import { rewriteAll, useStorageHealth } from '../lib/storageHealth.ts'

/**
 * The browser refused to save (storage full, or switched off): what that means, said once,
 * and a way on. Everything keeps working in this page; nothing already kept is lost.
 */
export function StorageRefused() {
  const t = useT()
  const refused = useStorageHealth((s) => s.refused)
  if (!refused) return null
  return (
    <div
      role="alert"
      className="m-4 space-y-2 rounded-lg border border-amber-700 bg-amber-950/50 p-4 text-sm text-amber-100"
    >
      <p className="font-semibold">{t('storage.full')}</p>
      <p>{t('storage.fullHint')}</p>
      <button type="button" className="btn" onClick={rewriteAll}>
        {t('storage.saveAgain')}
      </button>
    </div>
  )
}
