import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { Providers } from './app/Providers.tsx'
import { start } from './app/start.ts'
import { loadLocale, wantedLocale } from './lib/i18n/i18n.ts'
import './index.css'

start()

// The first screen in the language wanted (English if its strings will not load).
void loadLocale(wantedLocale())
  .catch(() => {})
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <Providers>
          <App />
        </Providers>
      </StrictMode>,
    ),
  )
