import { forgetCredentials } from './demo.ts'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Field } from '../../lib/ui/Field.tsx'
import { useT } from '../../lib/i18n/i18n.ts'
import { unlock } from '../../lib/vault/vault.ts'
import { WrongPassphraseError } from '../../lib/vault/vaultStore.ts'
import { ConfirmButton } from './ConfirmButton.tsx'

/** Asks for the passphrase; a wrong one erases nothing. "Not now" leaves the app locked. */
export default function UnlockDialog({ onClose }: { onClose: () => void }) {
  const t = useT()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [wrong, setWrong] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const ids = { title: useId() }
  useEffect(() => dialog.current?.showModal(), [])

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setWrong(false)
    try {
      await unlock(passphrase)
      onClose()
    } catch (err) {
      if (!(err instanceof WrongPassphraseError)) throw err
      setWrong(true)
      setPassphrase('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.title}
      onClose={onClose}
      className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-xl border border-slate-600 bg-slate-900 p-0 text-slate-100 backdrop:bg-black/70"
    >
      <form onSubmit={(e) => void submit(e)} className="space-y-4 p-5">
        <h2 id={ids.title} className="text-lg font-semibold">
          {t('lock.title')}
        </h2>
        <p className="text-sm text-slate-300">{t('lock.intro')}</p>
        <Field label={t('lock.passphrase')} error={wrong && t('lock.wrong')}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              className="field w-full"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
        <div className="flex justify-end gap-2">
          <button type="button" className="btn-ghost" onClick={onClose}>
            {t('lock.later')}
          </button>
          <button type="submit" className="btn" disabled={busy || !passphrase}>
            {busy ? t('lock.unlocking') : t('lock.unlock')}
          </button>
        </div>
        <ConfirmButton
          label={t('lock.forgot')}
          question={t('lock.forgotConfirm')}
          confirmLabel={t('lock.forgotYes')}
          onConfirm={async () => {
            await forgetCredentials()
            onClose()
          }}
        />
      </form>
    </dialog>
  )
}
