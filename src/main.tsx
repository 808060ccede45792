import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import './app/messages/index.ts'
import { Providers } from './app/Providers.tsx'
import { start } from './app/start.ts'
import { loadLocale, wantedLocale } from './lib/i18n/i18n.ts'
import './index.css'

start()

const root = document.getElementById('root')!
const wanted = wantedLocale()

// The first screen in the language wanted, else in the other; if neither will load, a plain
// word in both rather than a blank page.
loadLocale(wanted)
  .catch(() => loadLocale(wanted === 'en' ? 'zh' : 'en'))
  .then(
    () =>
      createRoot(root).render(
        <StrictMode>
          <Providers>
            <App />
          </Providers>
        </StrictMode>,
      ),
    () => {
      const note = document.createElement('p')
      note.setAttribute('role', 'alert')
      note.className = 'p-8 text-slate-100'
      note.textContent =
        'Could not load the app — reload the page. / 应用未能加载，请重新加载页面。'
      root.replaceChildren(note)
    },
  )
