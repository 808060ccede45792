import { useEffect, useState, type FormEvent } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { profileFor } from '../../profiles/registry.ts'
import { useRemixMissing } from './relayFeatures.ts'
import { CostLine } from '../settings/CostLine.tsx'
import { useCredentials } from '../settings/settingsStore.ts'
import { relayId } from '../../api/relayId.ts'
import { startRemix } from './createTasks.ts'
import { remixIntentTaken, useRemixIntent } from './remixIntent.ts'
import type { TaskRecord } from './taskRecord.ts'
import { ChangeForm } from './ChangeForm.tsx'
import { useChangeForm } from './useChangeForm.ts'

/**
 * "Remix" on a finished window: a prompt for the change, sent once to the remix route.
 * Hidden where the model's profile cannot remix, or the relay was found not to offer it.
 */
export function RemixForm({ record }: { record: TaskRecord }) {
  const t = useT()
  const { open, setOpen, button, box, escape } = useChangeForm()
  const [prompt, setPrompt] = useState('')
  const [empty, setEmpty] = useState(false)
  const [sent, setSent] = useState(false)
  const missing = useRemixMissing(record.relay)
  // Prices are the relay in use's: shown for a remix sent there, not for another relay's task.
  const here = relayId(useCredentials()?.baseUrl ?? '') === record.relay
  // Asked from the library: open (set while rendering, as React advises for state that follows
  // a change), the request then cleared, and the keyboard put in the prompt.
  const asked = useRemixIntent((s) => s.id === record.localId)
  const [seenAsked, setSeenAsked] = useState(false)
  if (asked !== seenAsked) {
    setSeenAsked(asked)
    if (asked) setOpen(true)
  }
  useEffect(() => {
    if (asked) remixIntentTaken()
  }, [asked])
  if (!profileFor(record.body.model).remix || missing || !record.remoteId) return null

  if (!open) {
    return (
      <button ref={button} type="button" className="btn-outline py-1" onClick={() => setOpen(true)}>
        {t('remix.button')}
      </button>
    )
  }

  function submit(e: FormEvent) {
    e.preventDefault()
    if (sent) return // one remix per submission, however often Enter is pressed
    if (!prompt.trim()) return setEmpty(true)
    setSent(true)
    startRemix(record, prompt)
    setOpen(false)
    setPrompt('')
    setSent(false)
  }

  return (
    <ChangeForm
      label="remix.prompt"
      emptyError="remix.empty"
      placeholder={t('remix.placeholder')}
      prompt={prompt}
      empty={empty}
      onPrompt={(p) => {
        setPrompt(p)
        setEmpty(false)
      }}
      box={box}
      escape={escape}
      submitLabel="remix.submit"
      onSubmit={submit}
      onCancel={() => setOpen(false)}
    >
      {here && <CostLine model={record.body.model} />}
    </ChangeForm>
  )
}
