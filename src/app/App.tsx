import { lazy, Suspense, useEffect } from 'react'
import { useCredentialsActions } from '../api/credentialsStore.ts'
import { detectSimulator } from '../api/detectSimulator.ts'
import { PromptComposer } from '../features/composer/PromptComposer.tsx'
import { useSettingsUi } from '../features/settings/settingsUi.ts'
import { useOpenWindowIds } from '../features/windows/windowsStore.ts'
import { useLocale } from '../lib/i18n/i18n.ts'
import { Header } from './Header.tsx'

// Neither is needed for the first screen: react-rnd arrives with the first window.
const WindowLayer = lazy(() => import('../features/windows/WindowLayer.tsx'))
const SettingsDialog = lazy(() => import('../features/settings/SettingsDialog.tsx'))

export function App() {
  const locale = useLocale()
  const settingsOpen = useSettingsUi((s) => s.open)
  const hasWindows = useOpenWindowIds().length > 0
  const { demoDetected } = useCredentialsActions()

  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  }, [locale])

  useEffect(() => {
    void detectSimulator().then((creds) => creds && demoDetected(creds))
  }, [demoDetected])

  return (
    <div className="min-h-screen bg-slate-950 text-slate-100">
      <Header />
      <main className="p-4">
        <div className="w-full max-w-md">
          <PromptComposer />
        </div>
      </main>
      <Suspense fallback={null}>
        {hasWindows && <WindowLayer />}
        {settingsOpen && <SettingsDialog />}
      </Suspense>
    </div>
  )
}
