import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AlertsField } from '../../src/features/settings/AlertsField.tsx'
import type { AlertPrefs } from '../../src/features/settings/alertPrefs.ts'
import { renderWithProviders } from './harness.tsx'

/** The browser's Notification as far as permission goes, answering `answer` when asked. */
function browserSays(permission: NotificationPermission, answer = permission) {
  const asked = vi.fn(() => Promise.resolve(answer))
  vi.stubGlobal('Notification', { permission, requestPermission: asked })
  return asked
}

/** The field as the settings dialog holds it: its value in the form's state. */
function field(start: AlertPrefs = { notify: false, sound: false }) {
  let last = start
  function Form() {
    const [value, setValue] = useState(start)
    last = value
    return <AlertsField value={value} onChange={setValue} />
  }
  renderWithProviders(<Form />)
  return { value: () => last }
}

afterEach(() => vi.unstubAllGlobals())

describe('the notification setting', () => {
  it('asks the browser only when ticked, and is on once allowed', async () => {
    const asked = browserSays('default', 'granted')
    const f = field()
    expect(asked).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('checkbox', { name: /desktop notification/ }))
    expect(asked).toHaveBeenCalledOnce()
    expect(f.value().notify).toBe(true)
  })

  it('refused: stays off and says it is blocked by the browser, and how to allow it', async () => {
    browserSays('default', 'denied')
    const f = field()
    await userEvent.click(screen.getByRole('checkbox', { name: /desktop notification/ }))
    expect(f.value().notify).toBe(false)
    expect(
      await screen.findByText(/^Blocked by the browser: allow notifications for this site/),
    ).toBeVisible()
  })

  it('a browser without notifications says so and offers none', () => {
    field()
    expect(screen.getByRole('checkbox', { name: /desktop notification/ })).toBeDisabled()
    expect(screen.getByText('This browser cannot show notifications.')).toBeVisible()
  })
})
