import { useId } from 'react'
import { Field } from '../../lib/ui/Field.tsx'
import { useT } from '../../lib/i18n/i18n.ts'
import { valueOf } from '../../profiles/values.ts'
import type {
  ChoiceField,
  FieldValue,
  FieldValues,
  ModelProfile,
  ToggleField,
} from '../../profiles/types.ts'

interface Props {
  profile: ModelProfile
  values: FieldValues
  onChange: (key: string, value: FieldValue) => void
}

/** The selected model's own fields, built from its profile. */
export function ProfileFields({ profile, values, onChange }: Props) {
  return (
    <div className="grid grid-cols-2 gap-3">
      {profile.fields.map((field) =>
        field.kind === 'toggle' ? (
          <Toggle key={field.key} field={field} values={values} onChange={onChange} />
        ) : (
          <Choice
            key={field.key}
            field={field}
            values={values}
            onChange={onChange}
            profile={profile}
          />
        ),
      )}
    </div>
  )
}

function Choice({ field, values, onChange, profile }: { field: ChoiceField } & Props) {
  const t = useT()
  const value = valueOf(profile, field.key, values)
  const options = field.options.map((o) => ({ value: o.value, text: t(o.label, o.params) }))
  if (field.display === 'select') {
    return (
      <Field label={t(field.label)}>
        {(control) => (
          <select
            {...control}
            className="field w-full"
            value={String(value)}
            onChange={(e) => {
              const picked = field.options.find((o) => String(o.value) === e.target.value)
              if (picked) onChange(field.key, picked.value)
            }}
          >
            {options.map((o) => (
              <option key={o.value} value={String(o.value)}>
                {o.text}
              </option>
            ))}
          </select>
        )}
      </Field>
    )
  }
  return (
    <fieldset className="col-span-2 space-y-1 text-sm">
      <legend className="font-medium">{t(field.label)}</legend>
      <div className="flex flex-wrap gap-4">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input
              type="radio"
              name={`field-${field.key}`}
              checked={value === o.value}
              onChange={() => onChange(field.key, o.value)}
            />
            {o.text}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function Toggle({
  field,
  values,
  onChange,
}: {
  field: ToggleField
  values: FieldValues
  onChange: Props['onChange']
}) {
  const t = useT()
  const noteId = useId()
  const why = field.disabled?.(values) ?? null
  const checked = !why && values[field.key] === true
  return (
    <div className="col-span-2 space-y-1 text-sm">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={checked}
          disabled={why !== null}
          aria-describedby={why ? noteId : undefined}
          onChange={(e) => onChange(field.key, e.target.checked)}
        />
        {t(field.label)}
      </label>
      {why && (
        <p id={noteId} className="text-xs text-slate-400">
          {t(why)}
        </p>
      )}
    </div>
  )
}
