import { Check } from '../../lib/ui/Check.tsx'
import { Choices } from '../../lib/ui/Choices.tsx'
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
    <Choices
      className="col-span-2 space-y-1 text-sm"
      legend={t(field.label)}
      inline
      value={value}
      onChange={(v) => onChange(field.key, v)}
      choices={options.map((o) => ({ value: o.value, label: o.text }))}
    />
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
  const why = field.disabled?.(values) ?? null
  return (
    <Check
      className="col-span-2 text-sm"
      label={t(field.label)}
      checked={!why && values[field.key] === true}
      disabled={why !== null}
      note={why && t(why)}
      onChange={(checked) => onChange(field.key, checked)}
    />
  )
}
