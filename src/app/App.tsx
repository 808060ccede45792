import { lazy, Suspense, useEffect } from 'react'
import { PromptComposer } from '../features/composer/PromptComposer.tsx'
import { closeUnlock, useSettingsUi } from '../features/settings/settingsUi.ts'
import { StorageProblem } from '../features/settings/StorageProblem.tsx'
import { useAutoLock } from '../features/settings/useAutoLock.ts'
import { loadTasks, useTasksStore } from '../features/tasks/tasksStore.ts'
import { ErrorBoundary } from '../lib/ErrorBoundary.tsx'
import { loadStringsPart, useLocale, useT } from '../lib/i18n/i18n.ts'
import { galleryStrings, libraryStrings } from './messages/parts.ts'
import { taskWindowStrings } from '../features/tasks/windowStrings.ts'
import { windowShellStrings } from '../features/windows/strings.ts'
import { libraryViewNowOrLater, loadLibraryView } from './libraryView.ts'
import {
  compareIds,
  showCompare,
  showStoryboard,
  showView,
  useStoryboardId,
  useView,
} from './useView.ts'
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
// Windows say whether their video is kept: those strings come with them.
const TaskWindows = lazy(() =>
  Promise.all([
    import('./TaskWindows.tsx'),
    loadStringsPart(libraryStrings),
    loadStringsPart(taskWindowStrings),
    loadStringsPart(windowShellStrings),
  ]).then(([m]) => m),
)
const KeepFinished = lazy(() => import('./KeepFinished.tsx'))
// Shown only once the kept tasks are read and there are none: never on the first paint.
const FirstSteps = lazy(() =>
  import('../features/composer/FirstSteps.tsx').then((m) => m.loadFirstSteps()),
)
const JobSignals = lazy(() => import('./JobSignals.tsx'))
// The library view and its strings (a chunk per language) arrive together, when first shown.
const LibraryView = lazy(libraryViewNowOrLater)
// Takes side by side: with the library's strings and the windows' (parameters in words).
const CompareView = lazy(() =>
  Promise.all([
    import('../features/gallery/compare/CompareView.tsx'),
    loadStringsPart(galleryStrings),
    loadStringsPart(libraryStrings),
    loadStringsPart(taskWindowStrings),
  ]).then(([m]) => m),
)
const SettingsDialog = lazy(loadSettingsDialog)
// The relay doctor: in the settings dialog, loaded when the dialog shows it.
const DoctorPanel = lazy(() => import('./lazyParts.ts').then((m) => m.loadDoctorPanel()))
const UnlockDialog = lazy(loadUnlockDialog)
// Storyboards: the view with its strings.
const StoryboardView = lazy(() => import('./lazyParts.ts').then((m) => m.loadStoryboardView()))

export function App() {
  const locale = useLocale()
  const { open: settingsOpen, unlockOpen } = useSettingsUi()
  const hasTasks = useTasksStore((s) => Object.keys(s.tasks).length > 0)
  const emptyWorkspace = useTasksStore((s) => s.loaded) && !hasTasks
  const view = useView()
  const boardId = useStoryboardId()
  useTabSync()
  useAutoLock()
  const t = useT()
  // With tasks, JobSignals names the tab (with their counts); before any, the view alone.
  const viewTitle =
    view === 'library' || view === 'storyboard'
      ? `${t(`view.${view}`)} · ${t('app.title')}`
      : t('app.title')
  useEffect(() => {
    if (!hasTasks) document.title = viewTitle
  }, [hasTasks, viewTitle])

  // The kept tasks (thousands, after months) are read once the first screen is painted:
  // the composer never waits for them. A write before that waits (see `loadTasks`).
  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        void loadTasks()
        // The library is one click away: fetched while the browser has nothing else to do.
        const fetchLibrary = () => void loadLibraryView().catch(() => {})
        if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchLibrary)
        else setTimeout(fetchLibrary, 2000)
      }, 0),
    )
    return () => cancelAnimationFrame(frame)
  }, [])

  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  }, [locale])

  return (
    // The library fills the screen below the header and scrolls inside its grid, never the
    // page as well; the workspace page grows with its windows (cards, on a phone).
    <div
      className={`bg-slate-950 text-slate-100 ${view !== 'workspace' ? 'flex h-dvh flex-col' : 'min-h-screen'}`}
    >
      <Header />
      <StorageProblem />
      <StorageRefused />
      <main
        className={
          view === 'workspace'
            ? 'gap-8 p-4 pb-14 md:flex md:items-start'
            : // A storyboard scrolls as a page does, inside the screen below the header.
              `min-h-0 flex-1 p-4 ${view === 'storyboard' ? 'overflow-y-auto' : ''}`
        }
      >
        {/* Hidden, not unmounted: a prompt half typed is there on coming back. */}
        <div className="w-full max-w-md shrink-0" hidden={view !== 'workspace'}>
          <PromptComposer />
        </div>
        {/* Before the first job: where windows will appear, and prompts to start from. */}
        {view === 'workspace' && emptyWorkspace && (
          <div className="mt-6 md:mt-0">
            <Suspense fallback={null}>
              <FirstSteps />
            </Suspense>
          </div>
        )}
        {view === 'library' && (
          <LazyPart failed="app.libraryFailed">
            <LibraryView
              onOpen={(id) => {
                showView('workspace')
                void import('./TaskWindows.tsx').then((m) => m.showTask(id))
              }}
              onCompare={showCompare}
              onOpenStoryboard={showStoryboard}
              onReused={() => {
                showView('workspace')
                // The prompt, back in the form, is where the keyboard goes on.
                requestAnimationFrame(() =>
                  document.querySelector<HTMLElement>('form textarea')?.focus(),
                )
              }}
            />
          </LazyPart>
        )}
        {view === 'compare' && (
          <LazyPart failed="app.libraryFailed">
            <CompareView ids={compareIds()} onClose={() => history.back()} />
          </LazyPart>
        )}
        {view === 'storyboard' && (
          <LazyPart failed="app.libraryFailed">
            <StoryboardView
              boardId={boardId}
              onShowBoard={showStoryboard}
              onOpenTask={(id) => {
                showView('workspace')
                void import('./TaskWindows.tsx').then((m) => m.showTask(id))
              }}
            />
          </LazyPart>
        )}
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
              <JobSignals title={viewTitle} />
            </Suspense>
          </ErrorBoundary>
          {/* Mounted only with the workspace: laid out while hidden, windows would be placed
              for a workspace of no size. Their places are in the windows' store meanwhile. */}
          {view === 'workspace' && (
            <LazyPart failed="app.windowsFailed">
              <TaskWindows />
            </LazyPart>
          )}
        </>
      )}
      <Suspense fallback={null}>
        {settingsOpen && (
          <SettingsDialog
            doctor={({ credentials, putBaseUrl }) => (
              <LazyPart failed="app.crashed">
                <DoctorPanel credentials={credentials} onUseAddress={putBaseUrl} />
              </LazyPart>
            )}
          />
        )}
        {unlockOpen && <UnlockDialog onClose={closeUnlock} />}
      </Suspense>
    </div>
  )
}
