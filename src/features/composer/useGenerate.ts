import { useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { now as clockNow } from '../../lib/clock.ts'
import type { MessageKey } from '../../lib/i18n/i18n.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'
import { buildBody } from '../../profiles/buildBody.ts'
import { frameBox } from '../../profiles/frame.ts'
import { profileFor } from '../../profiles/registry.ts'
import { primitiveFields } from '../../profiles/values.ts'
import { openSettings, openUnlock } from '../settings/settingsUi.ts'
import { useCredentials } from '../settings/settingsStore.ts'
import { startTasks } from '../tasks/createTasks.ts'
import { useComposerActions, useComposerStore, useComposerValues } from './composerStore.ts'
import { parseExtraFields } from './extraFields.ts'
import { imageMismatch, removeImage } from './imageIntake.ts'
import { useImageItems } from './imagesStore.ts'
import { useTakesStore } from './takesStore.ts'
import { newLocalId } from '../tasks/taskRecord.ts'

/** A group of takes is named for the start of its prompt, on a word boundary where one is near. */
function groupName(prompt: string): string {
  const chars = [...prompt]
  if (chars.length <= 40) return prompt
  const cut = chars.slice(0, 40).join('')
  const space = cut.lastIndexOf(' ')
  return `${space > 24 ? cut.slice(0, space) : cut}…`
}

export type Problems = { prompt?: MessageKey; images?: MessageKey | null; extra?: boolean }

/** Two presses of the same request this close together are one intent (a double click). */
const SAME_PRESS_MS = 2000

/**
 * The composer's form as its model's profile reads it, and Generate: checks, a guard against
 * a double press, the body built by the profile, and `count` tasks started (a batch of
 * identical requests is several tasks on purpose; pressing again within 2 s is not).
 */
export function useGenerate() {
  const credentials = useCredentials()
  const locked = useVaultStore((s) => s.status === 'locked')
  const values = useComposerValues()
  const { model, prompt, extra, valuesByModel } = useComposerStore(
    useShallow(({ model, prompt, extra, valuesByModel }) => ({
      model,
      prompt,
      extra,
      valuesByModel,
    })),
  )
  const actions = useComposerActions()
  const images = useImageItems()
  const [problems, setProblems] = useState<Problems>({})
  const lastPress = useRef({ at: 0, request: '' })

  const profile = profileFor(model)
  const stored = extra[model]
  const extraText = profile.extraFields && typeof stored === 'string' ? stored : ''
  const extraFields = parseExtraFields(extraText)
  // An unknown model's frame comes from the fields typed for it (its profile reads them).
  const typed = extraFields.ok ? primitiveFields(extraFields.fields) : {}
  const frame = profile.frameOf({ ...typed, ...values, model })
  // Images the model cannot take (after a switch): shown live in the tray, and Generate waits.
  const mismatch = imageMismatch(images, profile.images)

  function validate(): Problems {
    const found: Problems = {}
    if (!prompt.trim()) found.prompt = 'composer.emptyPrompt'
    else if (prompt.length > profile.promptMax) found.prompt = 'composer.promptTooLong'
    if (!extraFields.ok) found.extra = true
    if (images.some((i) => i.status === 'preparing')) found.images = 'composer.imagesPreparing'
    else if (images.some((i) => i.status === 'error')) found.images = 'composer.imagesFailed'
    return found
  }

  /**
   * Starts the takes asked for (see takesStore): `count` of the form's request (the takes
   * panel's variations unless given) and as many of each other model chosen there, in rounds
   * (every model's first take, then every second…), one group. Returns their ids (none when
   * something is wrong).
   */
  function generate(count?: number): string[] {
    const found = validate()
    setProblems(found)
    if (found.prompt || found.images || mismatch || !extraFields.ok) return []
    if (locked) {
      openUnlock()
      return []
    }
    if (!credentials) {
      setProblems({ prompt: 'settings.needed' })
      openSettings()
      return []
    }
    const takes = useTakesStore.getState()
    const rounds = count ?? takes.variations
    const body = buildBody(profile, model, prompt, values, payloads, extraFields.fields)
    // Other models are chosen in the takes panel, which brings the planner with it.
    const plan = takes.planner
    const others = plan
      ? takes.alsoOn
          .filter((m) => m !== model)
          .map((m) => plan(m, takesForm))
          .filter((p) => p.problem === null)
      : []
    const each = [{ body, frame }, ...others.map(({ body, frame }) => ({ body, frame }))]
    const requests = Array.from({ length: rounds }, () => each).flat()
    // A double click or a repeated Ctrl+Enter must never create paid tasks twice: the same
    // request within two seconds is the same intent. A changed prompt is a new one. (The takes
    // of one press are several tasks on purpose.)
    const now = clockNow()
    const request = JSON.stringify(requests.map((r) => r.body))
    const last = lastPress.current
    if (request === last.request && now - last.at < SAME_PRESS_MS) return []
    lastPress.current = { at: now, request }
    actions.submitted(body.prompt)
    const group =
      requests.length > 1 ? { id: newLocalId(), name: groupName(body.prompt) } : undefined
    // From another task's last frame ("Continue"): each new task is its continuation.
    const from = images.find((i) => i.from)?.from
    // A video's last frame starts one continuation: it leaves the form once the press is past
    // (a second press of a double click is still the same request, and sends nothing), so the
    // next, unrelated video is not taken for another continuation.
    if (from)
      setTimeout(() => {
        for (const item of images) if (item.from) removeImage(item.id)
      }, SAME_PRESS_MS)
    return startTasks(requests, group, from)
  }

  // What the takes panel shows and plans other models' requests from.
  const payloads = images.flatMap((i) => (i.payload ? [i.payload] : []))
  const takesForm = { prompt, images, payloads, frame, valuesByModel, extra }

  return {
    model,
    profile,
    takesForm,
    /** The request the form builds now (before checks), for the takes panel's list. */
    body: () =>
      buildBody(profile, model, prompt, values, payloads, extraFields.ok ? extraFields.fields : {}),
    /** The box reference images are fitted to: the video's own frame. */
    box: frameBox(frame),
    extraText,
    extraFields,
    mismatch,
    problems,
    setProblems,
    generate,
  }
}
