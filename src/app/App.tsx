import { lazy, Suspense, useEffect } from 'react'
import { PromptComposer } from '../features/composer/PromptComposer.tsx'
import { closeUnlock, useSettingsUi } from '../features/settings/settingsUi.ts'
import { StorageProblem } from '../features/settings/StorageProblem.tsx'
import { useAutoLock } from '../features/settings/useAutoLock.ts'
import { loadTasks, useTasksStore } from '../features/tasks/tasksStore.ts'
import { ErrorBoundary } from '../lib/ErrorBoundary.tsx'
import { useLocale } from '../lib/i18n/i18n.ts'
import { loadSettingsDialog, loadUnlockDialog } from './dialogs.ts'
import { Header } from './Header.tsx'
import { LazyPart } from './LazyPart.tsx'
import { StorageRefused } from './StorageRefused.tsx'
import { useTabSync } from './useTabSync.ts'

// None of these is needed for the first screen: react-rnd arrives with the first window.
// Polling is a chunk of its own, apart from the windows: tasks poll whether or not any
// window can be shown.
const TaskPollers = lazy(() =>
  import('../features/tasks/TaskPollers.tsx').then((m) => ({ default: m.TaskPollers })),
)
const TaskWindows = lazy(() => import('./TaskWindows.tsx'))
const KeepFinished = lazy(() => import('./KeepFinished.tsx'))
const SettingsDialog = lazy(loadSettingsDialog)
const UnlockDialog = lazy(loadUnlockDialog)

export function App() {
  const locale = useLocale()
  const { open: settingsOpen, unlockOpen } = useSettingsUi()
  const hasTasks = useTasksStore((s) => Object.keys(s.tasks).length > 0)
  useTabSync()
  useAutoLock()

  // The kept tasks (thousands, after months) are read once the first screen is painted:
  // the composer never waits for them. A write before that waits (see `loadTasks`).
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => void loadTasks(), 0))
    return () => cancelAnimationFrame(frame)
  }, [])

  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  }, [locale])

  return (
    <div className="min-h-screen bg-slate-950 text-slate-100">
      <Header />
      <StorageProblem />
      <StorageRefused />
      <main className="p-4 pb-14">
        <div className="w-full max-w-md">
          <PromptComposer />
        </div>
      </main>
      {hasTasks && (
        <>
          <LazyPart failed="app.pollingFailed">
            <TaskPollers />
          </LazyPart>
          {/* Keeping videos is extra: if its part will not load, tasks and links work as before. */}
          <ErrorBoundary fallback={() => null}>
            <Suspense fallback={null}>
              <KeepFinished />
            </Suspense>
          </ErrorBoundary>
          <LazyPart failed="app.windowsFailed">
            <TaskWindows />
          </LazyPart>
        </>
      )}
      <Suspense fallback={null}>
        {settingsOpen && <SettingsDialog />}
        {unlockOpen && <UnlockDialog onClose={closeUnlock} />}
      </Suspense>
    </div>
  )
}
