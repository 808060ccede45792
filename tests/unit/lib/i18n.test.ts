import { act, renderHook } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { en as firstEn } from '../../../src/app/messages/en.ts'
import { zh as firstZh } from '../../../src/app/messages/zh.ts'
import { galleryEn } from '../../../src/features/gallery/messages.en.ts'
import { galleryZh } from '../../../src/features/gallery/messages.zh.ts'
import { libraryEn } from '../../../src/features/library/messages.en.ts'
import { libraryZh } from '../../../src/features/library/messages.zh.ts'
import { windowsEn } from '../../../src/features/windows/messages.en.ts'
import { doctorEn } from '../../../src/features/doctor/messages.en.ts'
import { doctorZh } from '../../../src/features/doctor/messages.zh.ts'
import { storyboardEn } from '../../../src/features/storyboard/messages.en.ts'
import { storyboardZh } from '../../../src/features/storyboard/messages.zh.ts'
import { windowsZh } from '../../../src/features/windows/messages.zh.ts'
import {
  browserLocale,
  loadLocale,
  loadStringsPart,
  translate,
  type MessageKey,
} from '../../../src/lib/i18n/i18n.ts'

// The first screen's strings and the lazy parts' (app/messages/parts.ts), as the app ends up with.
const en = { ...firstEn, ...libraryEn, ...galleryEn, ...windowsEn, ...doctorEn, ...storyboardEn }
const zh = { ...firstZh, ...libraryZh, ...galleryZh, ...windowsZh, ...doctorZh, ...storyboardZh }

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the dictionaries', () => {
  it('have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('')
      expect(zh[key].trim(), key).not.toBe('')
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it('say Chinese things in Chinese', () => {
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) =>
        zh[key] === en[key] &&
        /[a-z]{4,}/i.test(en[key].replace(/\{\w+\}/g, '')) &&
        !['app.title', 'settings.baseUrl'].includes(key),
    )
    expect(untranslated).toEqual([])
  })

  // A spread keeps one of two equal keys without a word: each key has one owner, and every
  // feature's message file is gathered in.
  it.each([
    ['en', en, import.meta.glob<Record<string, object>>('/src/**/messages.en.ts', { eager: true })],
    ['zh', zh, import.meta.glob<Record<string, object>>('/src/**/messages.zh.ts', { eager: true })],
  ])('%s gathers every message file, no key twice', (_, gathered, files) => {
    const keys = Object.values(files).flatMap((file) => Object.values(file).flatMap(Object.keys))
    expect(Object.keys(files).length).toBeGreaterThan(5)
    expect(keys.sort()).toEqual(Object.keys(gathered).sort())
  })
})

describe('translate', () => {
  beforeAll(() => loadLocale('zh'))

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'quota.remaining', { amount: '9.50' })).toBe('9.50 left')
    expect(translate('zh', 'quota.remaining', { amount: '9.50' })).toBe('剩余 9.50')
    expect(translate('en', 'quota.remaining', {})).toBe('{amount} left')
  })
})

describe('loading a language', () => {
  it('loads only the language asked; until one is here, the key stands in', async () => {
    // A fresh engine with the app's loaders, nothing loaded yet (setup.ts loaded English in the other).
    vi.resetModules()
    const i18n = await import('../../../src/lib/i18n/i18n.ts')
    await import('../../../src/app/messages/index.ts')

    expect(i18n.translate('en', 'quota.remaining', { amount: '1' })).toBe('quota.remaining')
    await i18n.loadLocale('zh')
    expect(i18n.translate('zh', 'quota.remaining', { amount: '1' })).toBe('剩余 1')
    // English is not loaded: its strings come in the language that is.
    expect(i18n.translate('en', 'quota.remaining', { amount: '1' })).toBe('剩余 1')
    // The browser (jsdom) wants English, which is not here: the page shows Chinese meanwhile,
    // and English once it arrives.
    const shown = renderHook(() => i18n.useLocale()).result
    expect(shown.current).toBe('zh')
    await act(() => i18n.loadLocale('en'))
    expect(shown.current).toBe('en')
  })
})

describe('browserLocale', () => {
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['zh'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(browserLocale(languages)).toBe(expected)
  })
})

describe('lazy parts', () => {
  it('two parts loading at once both arrive (neither overwrites the other)', async () => {
    const slow = (strings: Record<string, string>, ms: number) => () =>
      new Promise<Record<string, string>>((done) => setTimeout(() => done(strings), ms))
    await Promise.all([
      loadStringsPart({ en: slow({ 'test.one': 'One' }, 20), zh: slow({ 'test.one': '一' }, 20) }),
      loadStringsPart({ en: slow({ 'test.two': 'Two' }, 5), zh: slow({ 'test.two': '二' }, 5) }),
    ])
    expect(translate('en', 'test.one' as MessageKey)).toBe('One')
    expect(translate('en', 'test.two' as MessageKey)).toBe('Two')
  })
})
