import type { ReactNode } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { focusAfterLeaving } from './windowFocus.ts'
import { MoveGrip } from './MoveGrip.tsx'
import { useWindowActions, windowArea } from './windowsStore.ts'

const titleButton =
  'window-nodrag rounded px-2 text-slate-300 hover:bg-slate-700 hover:text-white focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none'

interface Props {
  id: string
  title: string
  /** null where a window cannot be maximised (a card on a narrow screen). */
  maximized: boolean | null
  /** What the window's owner shows beside the title (a task: where it stands). */
  extras?: ReactNode
}

/** The drag handle and the window's buttons, each with a name. */
export function TitleBar({ id, title, maximized, extras }: Props) {
  const t = useT()
  const actions = useWindowActions()
  const canMaximize = maximized !== null
  return (
    <header
      className={`flex items-center gap-1 border-b border-slate-700 bg-slate-800 px-3 py-1 ${canMaximize ? 'window-drag cursor-move' : ''}`}
      onDoubleClick={canMaximize ? () => actions.maximizeToggled(id, windowArea()) : undefined}
    >
      {canMaximize && !maximized && <MoveGrip id={id} />}
      <h2 className="flex-1 truncate text-sm font-medium text-slate-100" title={title}>
        {title}
      </h2>
      {extras}
      <button
        type="button"
        aria-label={t('window.minimize')}
        title={t('window.minimize')}
        className={titleButton}
        onClick={() => {
          actions.minimized(id)
          focusAfterLeaving(id, 'minimized')
        }}
      >
        –
      </button>
      {canMaximize && (
        <button
          type="button"
          aria-label={t(maximized ? 'window.restore' : 'window.maximize')}
          title={t(maximized ? 'window.restore' : 'window.maximize')}
          className={titleButton}
          onClick={() => actions.maximizeToggled(id, windowArea())}
        >
          {maximized ? '❐' : '□'}
        </button>
      )}
      <button
        type="button"
        aria-label={t('window.close')}
        title={t('window.close')}
        className={titleButton}
        onClick={() => {
          actions.closed(id)
          focusAfterLeaving(id, 'closed')
        }}
      >
        ×
      </button>
    </header>
  )
}
