// The policy's own checks use Playwright's plain test: they plant a violation on purpose.
import { expect, test } from '@playwright/test'

test('the built app is served under a Content-Security-Policy that is enforced', async ({
  page,
}) => {
  const response = await page.goto('/')
  const headers = response!.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).toContain("script-src 'self'")
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
  // The same policy travels with index.html itself, wherever dist is served.
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(meta).toContain("default-src 'none'")
  expect(meta).toContain("object-src 'none'")

  await expect(page.getByRole('button', { name: 'Generate' })).toBeVisible()
  // An inline script, as an injection would plant one, is refused and reported.
  const violated = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective))
        const s = document.createElement('script')
        s.textContent = 'window.__planted = true'
        document.head.append(s)
      }),
  )
  expect(violated).toBe('script-src-elem')
  expect(
    await page.evaluate(
      () => 'window.__planted' in window && (window as { __planted?: boolean }).__planted,
    ),
  ).toBeFalsy()
})
