import { expect, test } from './fixtures.ts'

test.use({ locale: 'zh-CN' })

test('a Chinese browser gets Chinese, and the switcher changes it at once', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: '生成' })).toBeVisible()
  await expect(page.getByText('演示中转 — 使用演示额度，不产生真实费用')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.getByRole('combobox', { name: '语言' }).selectOption('en')
  await expect(page.getByRole('button', { name: 'Generate' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Generate' })).toBeVisible()
})
