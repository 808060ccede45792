import { useT, type MessageKey } from '../../../lib/i18n/i18n.ts'

/** A key is shown as written, or named in the user's language (Space / 空格). */
const KEYS: { keys: string; named?: MessageKey; what: MessageKey }[] = [
  { keys: 'Space', named: 'compare.keySpace', what: 'compare.helpPlay' },
  { keys: '← →', what: 'compare.helpMove' },
  { keys: 'K', what: 'compare.helpKeep' },
  { keys: 'X', what: 'compare.helpDiscard' },
  { keys: 'Ctrl+Z', what: 'compare.helpUndo' },
  { keys: 'Esc', what: 'compare.helpBack' },
]

/** The view's single-letter keys, listed where a user looks for them. */
export function CompareHelp() {
  const t = useT()
  return (
    // Floats over the view when open: the players keep their size.
    <details className="relative text-xs text-slate-300">
      <summary className="cursor-pointer rounded px-2 py-1 select-none hover:bg-slate-800">
        {t('compare.help')}
      </summary>
      <div className="absolute top-full left-0 z-20 mt-1 w-80 rounded-lg border border-slate-600 bg-slate-900 p-3 shadow-lg">
        <p className="text-slate-400">{t('compare.helpWhere')}</p>
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
      </div>
    </details>
  )
}
