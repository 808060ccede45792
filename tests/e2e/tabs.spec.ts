import { expect, test } from './fixtures.ts'
import { generate, taskWindow } from './helpers.ts'

test('two tabs each create a task: after reloading both, each lists both', async ({ context }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  for (const page of [a, b]) {
    await page.goto('/')
    await expect(page.getByRole('note')).toContainText('Demo relay')
  }
  await generate(a, 'Made in tab A [sim queue=0 len=2]')
  await expect(taskWindow(a, 'Made in tab A')).toBeVisible()
  await generate(b, 'Made in tab B [sim queue=0 len=2]')
  await expect(taskWindow(b, 'Made in tab B')).toBeVisible()

  for (const page of [a, b]) {
    await page.reload()
    await page.getByRole('button', { name: 'History' }).click()
    const history = page.getByRole('region', { name: 'All tasks' })
    await expect(history.getByText('Made in tab A [sim queue=0 len=2]')).toBeVisible()
    await expect(history.getByText('Made in tab B [sim queue=0 len=2]')).toBeVisible()
  }
})
