import { useState } from 'react'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import type { LibraryQuery } from './query.ts'

interface Props {
  query: LibraryQuery
  models: string[]
  onChange: (change: Partial<LibraryQuery>) => void
}

function Select(props: {
  label: MessageKey
  value: string
  options: readonly (readonly [value: string, label: string])[]
  onChange: (value: string) => void
}) {
  const t = useT()
  return (
    <label className="flex flex-col gap-1 text-xs text-slate-400">
      {t(props.label)}
      <select
        className="field py-1 text-sm"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Search, filters and order: each a named control, so the keyboard and a reader find them. */
export function LibraryToolbar({ query, models, onChange }: Props) {
  const t = useT()
  // On a phone the filters fold away behind one button: the cards get the screen.
  const [open, setOpen] = useState(false)
  const opts = <V extends string>(prefix: string, values: readonly V[]) =>
    values.map((v) => [v, t(`${prefix}.${v}` as MessageKey)] as const)
  return (
    <div role="search" className="flex flex-wrap items-end gap-3">
      <label className="flex min-w-[12rem] flex-1 flex-col gap-1 text-xs text-slate-400">
        {t('gallery.search')}
        <input
          type="search"
          className="field py-1 text-sm"
          value={query.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </label>
      <button
        type="button"
        className="btn-ghost btn-sm sm:hidden"
        aria-expanded={open}
        aria-controls="library-filters"
        onClick={() => setOpen((o) => !o)}
      >
        {t('gallery.filters')}
      </button>
      <div
        id="library-filters"
        className={`${open ? 'flex' : 'hidden'} flex-wrap items-end gap-3 sm:flex`}
      >
        <Select
          label="gallery.model"
          value={query.model}
          options={[['', t('gallery.model.any')], ...models.map((m) => [m, m] as const)]}
          onChange={(model) => onChange({ model })}
        />
        <Select
          label="gallery.status"
          value={query.status}
          options={opts('gallery.status', ['any', 'done', 'running', 'failed'] as const)}
          onChange={(v) => onChange({ status: v as LibraryQuery['status'] })}
        />
        <Select
          label="gallery.kept"
          value={query.kept}
          options={opts('gallery.kept', ['any', 'kept', 'notKept'] as const)}
          onChange={(v) => onChange({ kept: v as LibraryQuery['kept'] })}
        />
        <Select
          label="gallery.since"
          value={query.since}
          options={opts('gallery.since', ['any', 'day', 'week', 'month'] as const)}
          onChange={(v) => onChange({ since: v as LibraryQuery['since'] })}
        />
        <Select
          label="gallery.sort"
          value={query.sort}
          options={opts('gallery.sort', ['newest', 'oldest', 'model', 'size'] as const)}
          onChange={(v) => onChange({ sort: v as LibraryQuery['sort'] })}
        />
        <label className="flex items-center gap-2 pb-1 text-sm">
          <input
            type="checkbox"
            checked={query.favourites}
            onChange={(e) => onChange({ favourites: e.target.checked })}
          />
          {t('gallery.favourites')}
        </label>
      </div>
    </div>
  )
}
