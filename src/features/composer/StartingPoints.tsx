import { useState } from 'react'
import { loadStringsPart, useT } from '../../lib/i18n/i18n.ts'
import { EXAMPLES, exampleStrings } from './exampleStrings.ts'

/** Example prompts to start from, and the last prompts sent, one click from the prompt box. */
export function StartingPoints({
  recent,
  onPick,
}: {
  recent: string[]
  onPick: (prompt: string) => void
}) {
  const t = useT()
  // The examples' words arrive when the list is first opened (the first screen skips them).
  const [examples, setExamples] = useState(false)
  return (
    <details
      className="rounded-md border border-slate-700 text-sm"
      onToggle={(e) => {
        if (e.currentTarget.open && !examples)
          void loadStringsPart(exampleStrings).then(() => setExamples(true))
      }}
    >
      <summary className="cursor-pointer px-3 py-2 text-slate-300">
        {t('composer.startingPoints')}
      </summary>
      <div className="space-y-3 px-3 pb-3">
        {examples && (
          <PromptList
            title={t('composer.examples')}
            prompts={EXAMPLES.map((k) => t(k))}
            onPick={onPick}
          />
        )}
        {recent.length > 0 && (
          <PromptList title={t('composer.recent')} prompts={recent} onPick={onPick} />
        )}
      </div>
    </details>
  )
}

function PromptList({
  title,
  prompts,
  onPick,
}: {
  title: string
  prompts: string[]
  onPick: (p: string) => void
}) {
  return (
    <div className="space-y-1">
      <h3 className="text-xs font-semibold tracking-wide text-slate-400 uppercase">{title}</h3>
      <ul className="max-h-48 space-y-1 overflow-auto">
        {prompts.map((p) => (
          <li key={p}>
            <button
              type="button"
              className="w-full truncate rounded px-2 py-1 text-left hover:bg-slate-800"
              title={p}
              onClick={() => onPick(p)}
            >
              {p}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
