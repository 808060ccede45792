import { useCallback } from 'react'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { en, type MessageKey } from './en.ts'
import { zh } from './zh.ts'

export type Locale = 'en' | 'zh'
export type { MessageKey }
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, zh }

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
  const text = dictionaries[locale][key]
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text
}

interface LocaleState {
  /** null until the user picks one: then the browser's language decides. */
  chosen: Locale | null
  actions: { choose: (locale: Locale) => void }
}

export const useLocaleStore = create<LocaleState>()(
  persist((set) => ({ chosen: null, actions: { choose: (chosen) => set({ chosen }) } }), {
    name: 'sora-studio.locale',
    partialize: (s) => ({ chosen: s.chosen }),
  }),
)

export const useLocale = (): Locale => useLocaleStore((s) => s.chosen) ?? browserLocale()
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
