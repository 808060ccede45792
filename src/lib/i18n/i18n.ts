import { useCallback } from 'react'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { guardedJSONStorage } from '../storageHealth.ts'
import { en, type MessageKey } from './en.ts'

export type Locale = 'en' | 'zh'
export type { MessageKey }
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

type Dictionary = Record<MessageKey, string>

/**
 * English is built in (it is also every string's fallback); Chinese loads when it is the
 * language in use, so the first screen carries one dictionary, not two.
 */
const dictionaries: Partial<Record<Locale, Dictionary>> = { en }
const loaders: Record<Locale, () => Promise<Dictionary>> = {
  en: () => Promise.resolve(en),
  zh: () => import('./zh.ts').then((m) => m.zh),
}

/** Which dictionaries are here: components re-render when one arrives. */
const useLoaded = create<{ loaded: Locale[] }>()(() => ({ loaded: ['en'] }))

/** Loads a language's strings (once); the app waits for the first before its first render. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (!dictionaries[locale]) dictionaries[locale] = await loaders[locale]()
  const { loaded } = useLoaded.getState()
  if (!loaded.includes(locale)) useLoaded.setState({ loaded: [...loaded, locale] })
}

export function browserLocale(
  languages: readonly string[] = navigator.languages ?? [navigator.language],
): Locale {
  const first = languages.find(Boolean) ?? 'en'
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const text = (dictionaries[locale] ?? en)[key]
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text
}

interface LocaleState {
  /** null until the user picks one: then the browser's language decides. */
  chosen: Locale | null
  actions: { choose: (locale: Locale) => void }
}

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      chosen: null,
      // The switch happens once the strings are here: never a flash of the other language.
      actions: { choose: (chosen) => void loadLocale(chosen).then(() => set({ chosen })) },
    }),
    {
      name: 'sora-studio.locale',
      storage: guardedJSONStorage(),
      partialize: (s) => ({ chosen: s.chosen }),
    },
  ),
)

/** The language wanted: the user's choice, else the browser's. */
export const wantedLocale = (): Locale => useLocaleStore.getState().chosen ?? browserLocale()

// Another tab may choose a language this one has not loaded yet.
useLocaleStore.subscribe((s) => {
  if (s.chosen) void loadLocale(s.chosen)
})

/** The language shown: the one wanted once its strings are here, English until then. */
export function useLocale(): Locale {
  const wanted = useLocaleStore((s) => s.chosen) ?? browserLocale()
  const loaded = useLoaded((l) => l.loaded.includes(wanted))
  return loaded ? wanted : 'en'
}
export const useLocaleActions = () => useLocaleStore((s) => s.actions)

export function useT(): Translate {
  const locale = useLocale()
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale])
}

/** Joins sentences as each language writes them: a space in English, nothing in Chinese. */
export function useSentences(): (parts: string[]) => string {
  const locale = useLocale()
  return (parts) => parts.filter(Boolean).join(locale === 'zh' ? '' : ' ')
}
