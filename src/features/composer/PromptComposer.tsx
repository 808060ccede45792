import { useCallback, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useCredentials } from '../../api/settingsStore.ts'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'
import { openSettings, openUnlock } from '../settings/settingsUi.ts'
import { startTask } from '../tasks/submitTask.ts'
import { useComposerActions, useComposerStore } from './composerStore.ts'
import { addFiles, imageMismatch, type Frame } from './imageIntake.ts'
import { ImageDropZone } from './ImageDropZone.tsx'
import { ImageTray } from './ImageTray.tsx'
import { useImageItems } from './imagesStore.ts'
import { ProfileFields } from './ProfileFields.tsx'
import { buildBody } from './profiles/buildBody.ts'
import { aspectOf, profileFor, valueOf } from './profiles/registry.ts'
import { fieldsChangedBySwitch, valuesForSwitch } from './profiles/switching.ts'
import { useOfferedModels } from '../models/useOfferedModels.ts'
import { CostLine } from './CostLine.tsx'
import { ExtraFieldsBox } from './ExtraFieldsBox.tsx'
import { parseExtraFields } from './extraFields.ts'
import { SwitchNote, type SwitchNoteData } from './SwitchNote.tsx'
import { StartingPoints } from './StartingPoints.tsx'

type Problems = { prompt?: MessageKey; images?: MessageKey | null; extra?: boolean }

/** The offered ids grouped by family, in the order the families first appear. */
function familiesOf(models: string[]): [MessageKey, string[]][] {
  const groups = new Map<MessageKey, string[]>()
  for (const m of models) {
    const name = profileFor(m).name
    groups.set(name, [...(groups.get(name) ?? []), m])
  }
  return [...groups]
}

/** The composer: a prompt, the model's own fields, reference images, and Generate. */
export function PromptComposer() {
  const t = useT()
  const credentials = useCredentials()
  const locked = useVaultStore((s) => s.status === 'locked')
  const { model, values, prompt, recent, remembered, extra } = useComposerStore()
  const { models: offered, catalog } = useOfferedModels()
  const [switched, setSwitched] = useState<SwitchNoteData | null>(null)
  const actions = useComposerActions()
  const images = useImageItems()
  const [problems, setProblems] = useState<Problems>({})
  const lastSubmit = useRef({ at: 0, body: '' })
  const ids = { prompt: useId(), promptProblem: useId(), model: useId() }

  const profile = profileFor(model)
  const all = { ...values, model }
  // A 1080p video (Sora's HD, Veo's upsampling, Grok's 1080P) gets 1080p references.
  const hd =
    valueOf(profile, 'hd', all) === true ||
    valueOf(profile, 'upsample', all) === true ||
    valueOf(profile, 'resolution', all) === '1080P'
  const frame: Frame = { aspect: aspectOf(profile, all), hd }
  const models = offered.includes(model) ? offered : [...offered, model]
  const stored = extra[model]
  const extraText = profile.extraFields && typeof stored === 'string' ? stored : ''
  const extraFields = parseExtraFields(extraText)
  // Images the model cannot take (after a switch): shown live in the tray, and Generate waits.
  const mismatch = imageMismatch(images, profile.images)
  const onFiles = useCallback(
    (files: File[]) =>
      setProblems((p) => ({ ...p, images: addFiles(files, frame, profile.images) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the frame's parts are what matter
    [frame.aspect, frame.hd, profile],
  )

  /**
   * Switching model keeps the values that still fit (or the ones last used with it), turns
   * off what the new one does not allow, and says in one line what changed.
   */
  function chooseModel(next: string) {
    const nextValues = valuesForSwitch(model, values, next, remembered[next])
    const changes = fieldsChangedBySwitch(model, values, next, nextValues)
    actions.modelChosen(next, nextValues)
    setSwitched(changes.length > 0 ? { model: next, changes } : null)
  }

  function validate(): Problems {
    const found: Problems = {}
    if (!prompt.trim()) found.prompt = 'composer.emptyPrompt'
    else if (prompt.length > profile.promptMax) found.prompt = 'composer.promptTooLong'
    if (!extraFields.ok) found.extra = true
    if (images.some((i) => i.status === 'preparing')) found.images = 'composer.imagesPreparing'
    else if (images.some((i) => i.status === 'error')) found.images = 'composer.imagesFailed'
    return found
  }

  function submit(e?: FormEvent) {
    e?.preventDefault()
    const found = validate()
    setProblems(found)
    if (found.prompt || found.images || mismatch || !extraFields.ok) return
    if (locked) return openUnlock()
    if (!credentials) {
      setProblems({ prompt: 'settings.needed' })
      return openSettings()
    }
    const body = buildBody(
      profile,
      model,
      prompt,
      values,
      images.flatMap((i) => (i.payload ? [i.payload] : [])),
      extraFields.fields,
    )
    // A double click or a repeated Ctrl+Enter must never create two paid tasks: the same
    // request within two seconds is the same intent. A changed prompt is a new one.
    const now = Date.now()
    const signature = JSON.stringify(body)
    if (signature === lastSubmit.current.body && now - lastSubmit.current.at < 2000) return
    lastSubmit.current = { at: now, body: signature }
    actions.submitted(body.prompt)
    startTask(body)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit()
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-4 rounded-xl border border-slate-700 bg-slate-900/70 p-4"
    >
      <h2 className="text-lg font-semibold">{t('composer.title')}</h2>
      <StartingPoints recent={recent} onPick={(p) => actions.promptChanged(p)} />
      <div className="space-y-1">
        <label htmlFor={ids.prompt} className="text-sm font-medium">
          {t('composer.prompt')}
        </label>
        <textarea
          id={ids.prompt}
          data-focus-fallback
          value={prompt}
          onChange={(e) => actions.promptChanged(e.target.value)}
          onKeyDown={onKeyDown}
          rows={5}
          placeholder={t('composer.placeholder')}
          aria-invalid={problems.prompt ? true : undefined}
          aria-describedby={problems.prompt ? ids.promptProblem : undefined}
          className="field w-full resize-y"
        />
        <div className="flex justify-between text-xs text-slate-400">
          <span>{t('composer.shortcut')}</span>
          <span className={prompt.length > profile.promptMax ? 'text-red-300' : undefined}>
            {t('composer.chars', { count: prompt.length, max: profile.promptMax })}
          </span>
        </div>
        {problems.prompt && (
          <p id={ids.promptProblem} role="alert" className="text-sm text-red-300">
            {t(problems.prompt, { max: profile.promptMax })}
          </p>
        )}
      </div>
      <div className="space-y-1 text-sm">
        <label htmlFor={ids.model} className="font-medium">
          {t('composer.model')}
        </label>
        <select
          id={ids.model}
          className="field w-full"
          value={model}
          onChange={(e) => chooseModel(e.target.value)}
        >
          {familiesOf(models).map(([family, ids]) => (
            <optgroup key={family} label={t(family)}>
              {ids.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {switched?.model === model && <SwitchNote note={switched} />}
        {profile.fields.length === 0 && (
          <p className="text-xs text-slate-400">{t('composer.genericModel')}</p>
        )}
      </div>
      <ProfileFields profile={profile} values={all} onChange={actions.valueChanged} />
      {profile.extraFields && (
        <ExtraFieldsBox
          text={extraText}
          parsed={extraFields}
          onChange={actions.extraChanged}
          showProblem={problems.extra === true}
        />
      )}
      <ImageTray
        frame={frame}
        rules={profile.images}
        problem={mismatch ?? problems.images ?? null}
        onProblem={(images) => setProblems((p) => ({ ...p, images }))}
      />
      <CostLine model={model} catalog={catalog} />
      <button type="submit" className="btn w-full">
        {t('composer.generate')}
      </button>
      <ImageDropZone onFiles={onFiles} />
    </form>
  )
}
