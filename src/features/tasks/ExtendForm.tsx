import { useEffect, useState, type FormEvent } from 'react'
import { hasExtensions } from '../../api/extensions.ts'
import { relay as client } from '../../api/relay.ts'
import { relayId } from '../../api/relayId.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { Field } from '../../lib/ui/Field.tsx'
import { CostLine } from '../settings/CostLine.tsx'
import { useCredentials } from '../settings/settingsStore.ts'
import { startExtension } from './createTasks.ts'
import { useRelayFeatures } from './relayFeatures.ts'
import type { TaskRecord } from './taskRecord.ts'
import { ChangeForm } from './ChangeForm.tsx'
import { useChangeForm } from './useChangeForm.ts'

/** OpenAI's extension lengths, in seconds. */
const LENGTHS = [4, 8, 12, 16, 20] as const

/** One question per relay and page: does it have the extensions route? */
const asking = new Map<string, Promise<void>>()
function askExtensions(relay: string) {
  if (!asking.has(relay))
    asking.set(
      relay,
      hasExtensions(client, { timeoutMs: 15_000 }).then(
        (offered) => useRelayFeatures.getState().actions.extensionsFound(relay, offered),
        // Unknown (offline, a refused key…): asked again in a later page.
        () => {},
      ),
    )
}

/**
 * "Extend" on a finished window, where its relay has OpenAI's extensions route (upstream's,
 * closed; new-api has none): a prompt for what happens next and a length, sent once. Hidden
 * until the relay is known to have it, and where it does not.
 */
export function ExtendForm({ record }: { record: TaskRecord }) {
  const t = useT()
  const here = relayId(useCredentials()?.baseUrl ?? '') === record.relay
  const offered = useRelayFeatures((s) => s.extensions[record.relay])
  const eligible = here && record.dialect === 'openai' && record.remoteId !== undefined
  const { open, setOpen, button, box, escape } = useChangeForm()
  const [prompt, setPrompt] = useState('')
  const [seconds, setSeconds] = useState(8)
  const [empty, setEmpty] = useState(false)
  useEffect(() => {
    if (eligible && offered === undefined) askExtensions(record.relay)
  }, [eligible, offered, record.relay])
  if (!eligible || offered !== true) return null

  if (!open)
    return (
      <button ref={button} type="button" className="btn-outline py-1" onClick={() => setOpen(true)}>
        {t('extend.button')}
      </button>
    )

  function submit(e: FormEvent) {
    e.preventDefault()
    if (!prompt.trim()) return setEmpty(true)
    startExtension(record, prompt, seconds)
    setOpen(false)
    setPrompt('')
  }

  return (
    <ChangeForm
      label="extend.prompt"
      emptyError="extend.empty"
      prompt={prompt}
      empty={empty}
      onPrompt={(p) => {
        setPrompt(p)
        setEmpty(false)
      }}
      box={box}
      escape={escape}
      submitLabel="extend.submit"
      onSubmit={submit}
      onCancel={() => setOpen(false)}
    >
      <Field small label={t('extend.seconds')}>
        {(control) => (
          <select
            {...control}
            className="field text-sm"
            value={seconds}
            onChange={(e) => setSeconds(Number(e.target.value))}
          >
            {LENGTHS.map((n) => (
              <option key={n} value={n}>
                {t('composer.seconds', { n: String(n) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CostLine model={record.body.model} />
    </ChangeForm>
  )
}
