import { useT, type MessageKey } from '../../../lib/i18n/i18n.ts'

/** A key is shown as written, or named in the user's language (Space / 空格). */
const KEYS: { keys: string; named?: MessageKey; what: MessageKey }[] = [
  { keys: 'Space', named: 'compare.keySpace', what: 'compare.helpPlay' },
  { keys: '← →', what: 'compare.helpMove' },
  { keys: 'K', what: 'compare.helpKeep' },
  { keys: 'X', what: 'compare.helpDiscard' },
  { keys: 'Esc', what: 'compare.helpBack' },
]

/** The view's single-letter keys, listed where a user looks for them. */
export function CompareHelp() {
  const t = useT()
  return (
    <details className="text-xs text-slate-300">
      <summary className="cursor-pointer select-none">{t('compare.help')}</summary>
      <p className="mt-1 text-slate-400">{t('compare.helpWhere')}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {KEYS.map(({ keys, named, what }) => (
          <div key={what} className="contents">
            <dt>
              <kbd className="rounded border border-slate-600 px-1 font-mono">
                {named ? t(named) : keys}
              </kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
