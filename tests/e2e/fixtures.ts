import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every end-to-end test fails on a Content-Security-Policy violation in any page of its
 * context: Chromium reports each as a console error ("Refused to … Content Security Policy").
 */
export const test = base.extend<{ cspWatch: void }>({
  cspWatch: [
    async ({ context }, use) => {
      const violations: string[] = []
      const watch = (page: Page) =>
        page.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
        })
      context.pages().forEach(watch)
      context.on('page', watch)
      await use()
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
