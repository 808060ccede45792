import { expect, test } from './fixtures.ts'

test.use({ locale: 'zh-CN' })

/** Each language's strings are a chunk of their own (src/app/messages): en-….js, zh-….js. */
const STRINGS = /\/assets\/(en|zh)-[\w-]+\.js$/

test('a Chinese browser gets Chinese, and the switcher changes it at once', async ({ page }) => {
  const loaded: string[] = []
  page.on('request', (r) => {
    const language = STRINGS.exec(r.url())?.[1]
    if (language) loaded.push(language)
  })
  await page.goto('/')
  await expect(page.getByRole('button', { name: '生成' })).toBeVisible()
  await expect(page.getByText('演示中转 — 使用演示额度，不产生真实费用')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  // Only the language shown is downloaded.
  expect(loaded).toEqual(['zh'])
  await page.getByRole('combobox', { name: '语言' }).selectOption('en')
  await expect(page.getByRole('button', { name: 'Generate' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Generate' })).toBeVisible()
})

test('strings that will not load: the other language, and with neither a note in both', async ({
  page,
}) => {
  await page.route(/\/assets\/zh-[\w-]+\.js$/, (route) => route.abort())
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Generate' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.route(/\/assets\/en-[\w-]+\.js$/, (route) => route.abort())
  await page.reload()
  await expect(page.getByRole('alert')).toHaveText(
    'Could not load the app — reload the page. / 应用未能加载，请重新加载页面。',
  )
})
