import { beforeAll, describe, expect, it } from 'vitest'
import { en } from '../../../src/lib/i18n/en.ts'
import { browserLocale, loadLocale, translate } from '../../../src/lib/i18n/i18n.ts'
import { zh } from '../../../src/lib/i18n/zh.ts'

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
})

describe('translate', () => {
  beforeAll(() => loadLocale('zh'))

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'quota.remaining', { amount: '9.50' })).toBe('9.50 left')
    expect(translate('zh', 'quota.remaining', { amount: '9.50' })).toBe('剩余 9.50')
    expect(translate('en', 'quota.remaining', {})).toBe('{amount} left')
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
