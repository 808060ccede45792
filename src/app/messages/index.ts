import { provideDictionaries } from '../../lib/i18n/i18n.ts'

// A lazy chunk per language, neither in the entry: the first screen loads only the one it shows.
provideDictionaries({
  en: () => import('./en.ts').then((m) => m.en),
  zh: () => import('./zh.ts').then((m) => m.zh),
})
