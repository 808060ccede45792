import { useEffect, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { Check } from '../../lib/ui/Check.tsx'
import { Field } from '../../lib/ui/Field.tsx'
import { CAPS_MB, type KeepPrefs } from './keepPrefs.ts'
import { askPersist, formatBytes, isPersisted } from './storageSpace.ts'
import { StorageMeter } from './StorageMeter.tsx'

interface Props {
  value: KeepPrefs
  onChange: (value: KeepPrefs) => void
}

/** Whether finished videos are kept in the browser, how large, and how safe they are there. */
export function KeepField({ value, onChange }: Props) {
  const t = useT()
  const [persisted, setPersisted] = useState<boolean | null>(null)
  useEffect(() => {
    let live = true
    void isPersisted().then((p) => live && p && setPersisted(true))
    return () => {
      live = false
    }
  }, [])

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t('library.settings')}</legend>
      <Check
        label={t('library.keep')}
        checked={value.keep}
        onChange={(keep) => onChange({ ...value, keep })}
      />
      {value.keep && (
        <Field label={t('library.cap')} small>
          {(control) => (
            <select
              {...control}
              className="field py-1"
              value={value.capMb ?? ''}
              onChange={(e) =>
                onChange({ ...value, capMb: e.target.value ? Number(e.target.value) : null })
              }
            >
              {CAPS_MB.map((mb) => (
                <option key={mb ?? 'none'} value={mb ?? ''}>
                  {mb === null ? t('library.capNone') : formatBytes(mb * 1_048_576)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <StorageMeter />
      <div className="flex flex-wrap items-center gap-2">
        {persisted === null && (
          <button
            type="button"
            className="btn-outline btn-sm"
            onClick={() => void askPersist().then(setPersisted)}
          >
            {t('library.persist')}
          </button>
        )}
        {persisted !== null && (
          <p role="status" className={`text-xs ${persisted ? 'text-slate-400' : 'text-amber-200'}`}>
            {t(persisted ? 'library.persisted' : 'library.notPersisted')}
          </p>
        )}
      </div>
    </fieldset>
  )
}
