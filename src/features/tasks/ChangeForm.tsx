import type { FormEvent, ReactNode, Ref } from 'react'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { Field } from '../../lib/ui/Field.tsx'
import { useCompact } from '../../lib/ui/compact.ts'

interface Props {
  /** The prompt's label, and what to say when it is sent empty. */
  label: MessageKey
  emptyError: MessageKey
  placeholder?: string
  prompt: string
  empty: boolean
  onPrompt: (prompt: string) => void
  box: Ref<HTMLTextAreaElement>
  /** Esc within the form (see useChangeForm). */
  escape: Ref<HTMLFormElement>
  submitLabel: MessageKey
  onSubmit: (e: FormEvent) => void
  onCancel: () => void
  /** More fields, and the price line, between the prompt and the buttons. */
  children?: ReactNode
}

/** A finished window's small form for a follow-up request (Remix, Extend): a prompt, then send. */
export function ChangeForm({ escape, box, ...props }: Props) {
  const t = useT()
  // With room, the form lies over the picture and its details (PictureFirst's box): all of it
  // in view at once, where under the picture it would get a strip. In a tile it is in the ⋯ menu.
  const over = !useCompact()
  return (
    <form
      ref={escape}
      onSubmit={props.onSubmit}
      className={`w-full space-y-2 rounded-md border border-slate-700 p-2 ${over ? 'absolute inset-0 z-10 overflow-y-auto bg-slate-900 shadow-xl' : ''}`}
    >
      <Field small label={t(props.label)} error={props.empty && t(props.emptyError)}>
        {(control) => (
          <textarea
            {...control}
            ref={box}
            rows={2}
            className="field w-full text-sm"
            value={props.prompt}
            placeholder={props.placeholder}
            onChange={(e) => props.onPrompt(e.target.value)}
          />
        )}
      </Field>
      {props.children}
      <div className="flex justify-end gap-2">
        <button type="button" className="btn-ghost btn-sm" onClick={props.onCancel}>
          {t('remix.cancel')}
        </button>
        <button type="submit" className="btn btn-sm">
          {t(props.submitLabel)}
        </button>
      </div>
    </form>
  )
}
