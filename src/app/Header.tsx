import { useIsDemo } from '../features/settings/settingsStore.ts'
import { useLocale, useLocaleActions, useT, type Locale } from '../lib/i18n/i18n.ts'
import { QuotaBadge } from '../features/settings/QuotaBadge.tsx'
import { openSettings, openUnlock } from '../features/settings/settingsUi.ts'
import { useVaultStore } from '../lib/vault/vaultStore.ts'
import { loadSettingsDialog, loadUnlockDialog, preload } from './dialogs.ts'
import { loadLibraryView } from './libraryView.ts'
import { showView, useView, viewHref, type View } from './useView.ts'

export function Header() {
  const t = useT()
  const demo = useIsDemo()
  const locale = useLocale()
  const { choose } = useLocaleActions()
  const locked = useVaultStore((s) => s.status === 'locked')
  const early = preload(locked ? loadUnlockDialog : loadSettingsDialog)
  return (
    <header className="flex min-h-14 flex-wrap items-center gap-x-3 gap-y-2 border-b border-slate-800 bg-slate-950 px-4 py-2">
      <h1 className="text-lg font-bold tracking-tight">{t('app.title')}</h1>
      {demo && (
        <span
          role="note"
          className="rounded-full bg-emerald-900/60 px-3 py-1 text-xs text-emerald-200"
        >
          {t('app.demoBadge')}
        </span>
      )}
      <ViewSwitch />
      <div className="ml-auto flex items-center gap-3">
        {locked ? (
          <button
            type="button"
            className="btn-ghost border border-amber-600 text-amber-200"
            onClick={openUnlock}
            onPointerEnter={early}
            onFocus={early}
          >
            🔒 {t('lock.locked')} · {t('lock.unlock')}
          </button>
        ) : (
          <QuotaBadge />
        )}
        <select
          aria-label={t('lang.label')}
          className="field py-1 text-sm"
          value={locale}
          onChange={(e) => choose(e.target.value as Locale)}
        >
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
        <button
          type="button"
          className="btn-ghost"
          onClick={locked ? openUnlock : openSettings}
          onPointerEnter={early}
          onFocus={early}
        >
          {t('settings.open')}
        </button>
      </div>
    </header>
  )
}

/** Workspace and library, one click apart (links: the address says which, Back returns). */
function ViewSwitch() {
  const t = useT()
  const view = useView()
  const early = preload(loadLibraryView)
  const link = (to: Exclude<View, 'compare'>) => (
    <a
      href={viewHref[to]}
      aria-current={view === to ? 'page' : undefined}
      className={`rounded-md px-3 py-1 text-sm ${view === to ? 'bg-slate-700 text-white' : 'text-slate-300 hover:bg-slate-800'}`}
      onClick={(e) => {
        e.preventDefault()
        showView(to)
      }}
      onPointerEnter={to === 'library' ? early : undefined}
      onFocus={to === 'library' ? early : undefined}
    >
      {t(`view.${to}`)}
    </a>
  )
  return (
    <nav aria-label={t('view.label')} className="flex gap-1">
      {link('workspace')}
      {link('library')}
      {link('storyboard')}
    </nav>
  )
}
