import { useCallback } from 'react'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { guardedJSONStorage } from '../storageHealth.ts'

export type Locale = 'en' | 'zh'

/**
 * The app's English dictionary registers its type here by module augmentation
 * (src/app/messages/en.ts): lib may not import the app, yet every key is checked against it.
 * @public (knip does not see the augmentation)
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the app
export interface Register {}

/** Every message key; `never` where the app's dictionary is not in the program (no key passes). */
export type MessageKey = Register extends { messages: infer M } ? keyof M & string : never
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** A feature's strings in another language: exactly the English file's keys, no more, no fewer. */
export type Translation<T> = { readonly [K in keyof T]: string }

// Partial: the first screen's strings; a lazy part's come with it (`loadStringsPart`).
type Dictionary = Readonly<Partial<Record<MessageKey, string>>>
type Loaders = Record<Locale, () => Promise<Dictionary>>

let loaders: Loaders | null = null
const dictionaries: Partial<Record<Locale, Dictionary>> = {}

/**
 * How each language's strings arrive, handed in by the app (src/app/messages): each is a lazy
 * chunk of its own, so the first screen downloads only the language it shows.
 */
export function provideDictionaries(given: Loaders) {
  loaders = given
}

/** Which dictionaries are here: components re-render when one arrives. */
const useLoaded = create<{ loaded: Locale[] }>()(() => ({ loaded: [] }))

/**
 * Strings only a lazy part of the app shows (the library view, say): a chunk per language
 * loaded with that part, so the first screen never downloads them.
 */
export type StringsPart = Record<Locale, () => Promise<Readonly<Record<string, string>>>>
const parts = new Set<StringsPart>()
const partStrings: Partial<Record<Locale, Record<string, string>>> = {}
const partsHere = new Map<StringsPart, Partial<Record<Locale, Promise<void>>>>()

function loadPartIn(part: StringsPart, locale: Locale): Promise<void> {
  const here = partsHere.get(part) ?? {}
  partsHere.set(part, here)
  here[locale] ??= part[locale]().then(
    (strings) => {
      // Merged once here, not before the wait: parts loading at once never drop each other's.
      partStrings[locale] = { ...partStrings[locale], ...strings }
    },
    (e: unknown) => {
      delete here[locale] // a failed chunk is tried again next time
      throw e
    },
  )
  return here[locale]
}

/** Loads a part's strings in each language here (and, from now on, in each one loaded later). */
export async function loadStringsPart(part: StringsPart): Promise<void> {
  parts.add(part)
  await Promise.all(useLoaded.getState().loaded.map((locale) => loadPartIn(part, locale)))
}

/** Loads a language's strings (once); the app waits for the first before its first render. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (!loaders) throw new Error('No dictionaries: call provideDictionaries first.')
  dictionaries[locale] ??= await loaders[locale]()
  // A part already shown comes in the new language too, before the switch.
  await Promise.all([...parts].map((part) => loadPartIn(part, locale)))
  const { loaded } = useLoaded.getState()
  if (!loaded.includes(locale)) useLoaded.setState({ loaded: [...loaded, locale] })
}

export function browserLocale(
  languages: readonly string[] = navigator.languages ?? [navigator.language],
): Locale {
  const first = languages.find(Boolean) ?? 'en'
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

/** In the language asked if its strings are here, else in one that is, else the bare key. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const here = dictionaries[locale] ? locale : (Object.keys(dictionaries)[0] as Locale | undefined)
  // Typed `string`: where MessageKey is `never` (see above) the lookup's type would be too.
  const text: string = (here && (dictionaries[here]?.[key] ?? partStrings[here]?.[key])) ?? key
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
      // If they will not load, the language stays as it is (choosing again tries again).
      actions: {
        choose: (chosen) =>
          void loadLocale(chosen).then(
            () => set({ chosen }),
            () => {},
          ),
      },
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
  if (s.chosen) loadLocale(s.chosen).catch(() => {})
})

/** The language shown: the one wanted once its strings are here, else one that is here. */
export function useLocale(): Locale {
  const wanted = useLocaleStore((s) => s.chosen) ?? browserLocale()
  return useLoaded((l) => (l.loaded.includes(wanted) ? wanted : (l.loaded[0] ?? wanted)))
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
