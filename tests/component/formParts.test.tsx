import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import {
  StorageModeField,
  type StorageChoice,
} from '../../src/features/settings/StorageModeField.tsx'
import { AddBox } from '../../src/lib/ui/AddBox.tsx'
import { Check } from '../../src/lib/ui/Check.tsx'
import { Choices } from '../../src/lib/ui/Choices.tsx'

describe('the shared form parts', () => {
  it('a passphrase pair shares one error: both boxes are invalid and described by it', () => {
    const value: StorageChoice = {
      mode: 'passphrase',
      passphrase: 'a',
      confirm: 'b',
      autoLockMinutes: 15,
    }
    render(
      <StorageModeField
        value={value}
        onChange={() => {}}
        hasPassphrase={false}
        error="They differ."
      />,
    )
    for (const name of ['Passphrase', 'Repeat passphrase']) {
      const box = screen.getByLabelText(name, { exact: true })
      expect(box).toBeInvalid()
      expect(box).toHaveAccessibleDescription('They differ.')
    }
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(screen.getByRole('combobox', { name: 'Lock after inactivity' })).toBeInTheDocument()
  })

  it('an add box adds with Enter and never submits the form around it', async () => {
    const submitted = vi.fn((e: React.FormEvent) => e.preventDefault())
    const added: string[] = []
    function Form() {
      const [text, setText] = useState('')
      return (
        <form onSubmit={submitted}>
          <AddBox
            label="Model id"
            button="Add"
            value={text}
            onChange={setText}
            onAdd={() => {
              added.push(text)
              setText('')
            }}
          />
        </form>
      )
    }
    render(<Form />)
    const user = userEvent.setup()
    await user.type(screen.getByRole('textbox', { name: 'Model id' }), 'veo3.1{Enter}')
    await user.type(screen.getByRole('textbox', { name: 'Model id' }), 'wan2.6')
    await user.click(screen.getByRole('button', { name: 'Add' }))
    expect(added).toEqual(['veo3.1', 'wan2.6'])
    expect(screen.getByRole('textbox', { name: 'Model id' })).toHaveValue('')
    expect(submitted).not.toHaveBeenCalled()
  })

  it('choices: one group, notes read with their choice, a disabled one cannot be picked', async () => {
    const picked: string[] = []
    render(
      <Choices
        legend="Keep settings"
        value="device"
        onChange={(v) => picked.push(v)}
        choices={[
          { value: 'device', label: 'On this device', note: 'Sealed with a key kept here.' },
          { value: 'passphrase', label: 'With a passphrase', note: 'Needs https.', disabled: true },
          { value: 'nowhere', label: 'Nowhere' },
        ]}
      />,
    )
    const group = screen.getByRole('group', { name: 'Keep settings' })
    expect(group).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /On this device/ })).toBeChecked()
    expect(screen.getByRole('radio', { name: /With a passphrase/ })).toHaveAccessibleDescription(
      'Needs https.',
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('radio', { name: /With a passphrase/ }))
    await user.click(screen.getByRole('radio', { name: 'Nowhere' }))
    expect(picked).toEqual(['nowhere'])
  })

  it('a check box says why it is off, and reports its state', async () => {
    const changes: boolean[] = []
    const { rerender } = render(
      <Check label="Upsample" checked={false} onChange={(c) => changes.push(c)} />,
    )
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Upsample' }))
    expect(changes).toEqual([true])
    rerender(
      <Check
        label="Upsample"
        checked={false}
        disabled
        note="4K models need no upsampling."
        onChange={(c) => changes.push(c)}
      />,
    )
    expect(screen.getByRole('checkbox', { name: 'Upsample' })).toBeDisabled()
    expect(screen.getByRole('checkbox', { name: 'Upsample' })).toHaveAccessibleDescription(
      '4K models need no upsampling.',
    )
  })
})
