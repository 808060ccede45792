import { lazy, Suspense, useCallback, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { Field } from '../../lib/ui/Field.tsx'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { profileFor } from '../../profiles/registry.ts'
import { fieldsChangedBySwitch, valuesForSwitch } from '../../profiles/switching.ts'
import { useOfferedModels } from '../settings/useOfferedModels.ts'
import { useComposerActions, useComposerStore, useComposerValues } from './composerStore.ts'
import { CostLine } from '../settings/CostLine.tsx'
import { loadTakesPanel } from './loadTakesPanel.ts'
import { useTakesStore } from './takesStore.ts'

import { ExtraFieldsBox } from './ExtraFieldsBox.tsx'
import { addFiles } from './imageIntake.ts'
import { imagesActions } from './imagesStore.ts'
import { ImageDropZone } from './ImageDropZone.tsx'
import { ImageTray } from './ImageTray.tsx'
import { ProfileFields } from './ProfileFields.tsx'
import { StartingPoints } from './StartingPoints.tsx'
import type { SwitchNoteData } from './SwitchNote.tsx'
import { useGenerate } from './useGenerate.ts'
import { useContinueRequests } from './useContinueRequests.ts'
import { preloadSending } from '../tasks/createTasks.ts'
import { useReuseRequests } from './useReuseRequests.ts'

// Most presses are one take: the takes panel (and its strings) load when first opened.
const TakesPanel = lazy(loadTakesPanel)

/** The offered ids grouped by family, in the order the families first appear. */
function familiesOf(models: string[]): [MessageKey, string[]][] {
  const groups = new Map<MessageKey, string[]>()
  for (const m of models) {
    const name = profileFor(m).name
    groups.set(name, [...(groups.get(name) ?? []), m])
  }
  return [...groups]
}

// Said only after "Reuse": not needed on the first screen.
const ReusedNote = lazy(() => import('./ReusedNote.tsx').then((m) => ({ default: m.ReusedNote })))
// Said only after a switch of model that changed something: not needed on the first screen.
const SwitchNote = lazy(() => import('./SwitchNote.tsx').then((m) => ({ default: m.SwitchNote })))

/** The composer: a prompt, the model's own fields, reference images, and Generate. */
const focusPrompt = () => document.querySelector<HTMLElement>('textarea[data-focus-fallback]')

export function PromptComposer() {
  const t = useT()
  const values = useComposerValues()
  const { prompt, recent, valuesByModel } = useComposerStore(
    useShallow(({ prompt, recent, valuesByModel }) => ({ prompt, recent, valuesByModel })),
  )
  const { models: offered } = useOfferedModels()
  const reused = useComposerStore((s) => s.reusedImagesMissing !== null)
  const [switched, setSwitched] = useState<SwitchNoteData | null>(null)
  const actions = useComposerActions()
  useReuseRequests(focusPrompt)
  const {
    model,
    profile,
    box,
    extraText,
    extraFields,
    mismatch,
    problems,
    setProblems,
    generate,
    takesForm,
    body,
  } = useGenerate()
  const takes = useTakesStore()
  // Takes over the balance: the first press asks (in the panel), the next sends.
  const [askingOver, setAskingOver] = useState(false)
  const all = { ...values, model }
  const models = offered.includes(model) ? offered : [...offered, model]
  const onFiles = useCallback(
    (files: File[]) => {
      // Added once, outside the updater: StrictMode runs updaters twice.
      const images = addFiles(files, box, profile.images)
      setProblems((p) => ({ ...p, images }))
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the box's sides are what matter
    [box.width, box.height, profile, setProblems],
  )

  /**
   * Switching model keeps the values that still fit (or the ones last used with it), turns
   * off what the new one does not allow, and says in one line what changed.
   */
  function chooseModel(next: string) {
    const nextValues = valuesForSwitch(model, values, next, valuesByModel[next])
    const changes = fieldsChangedBySwitch(model, values, next, nextValues)
    actions.modelChosen(next, nextValues)
    setSwitched(changes.length > 0 ? { model: next, changes } : null)
  }

  // "Continue" in a window: its last frame becomes this form's first frame or reference, on
  // the model that made it, and the next Generate is its continuation.
  useContinueRequests(({ from, model: sourceModel, image }) => {
    if (sourceModel !== model) chooseModel(sourceModel)
    imagesActions().cleared()
    const images = addFiles([image], box, profileFor(sourceModel).images, from)
    setProblems((p) => ({ ...p, images }))
    // The old prompt selected: what is typed next replaces it ("what happens next").
    requestAnimationFrame(() => {
      const box = focusPrompt()
      box?.focus()
      if (box instanceof HTMLTextAreaElement) box.select()
    })
  })

  function submit(e?: FormEvent) {
    e?.preventDefault()
    if (takes.open && takes.overBalance && !askingOver) return setAskingOver(true)
    setAskingOver(false)
    generate()
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit()
  }

  return (
    <form
      onSubmit={submit}
      onFocus={preloadSending}
      noValidate
      className="space-y-4 rounded-xl border border-slate-700 bg-slate-900/70 p-4"
    >
      <h2 className="text-lg font-semibold">{t('composer.title')}</h2>
      {reused && (
        <Suspense fallback={null}>
          <ReusedNote />
        </Suspense>
      )}
      <StartingPoints recent={recent} onPick={(p) => actions.promptChanged(p)} />
      <Field
        label={t('composer.prompt')}
        error={problems.prompt && t(problems.prompt, { max: profile.promptMax })}
        note={
          <div className="flex justify-between text-slate-400">
            {/* A keyboard shortcut: said where there is a keyboard (not on a phone). */}
            <span className="max-sm:hidden">{t('composer.shortcut')}</span>
            <span className={prompt.length > profile.promptMax ? 'text-red-300' : undefined}>
              {t('composer.chars', { count: prompt.length, max: profile.promptMax })}
            </span>
          </div>
        }
      >
        {(control) => (
          <textarea
            {...control}
            data-focus-fallback
            value={prompt}
            onChange={(e) => actions.promptChanged(e.target.value)}
            onKeyDown={onKeyDown}
            rows={5}
            placeholder={t('composer.placeholder')}
            className="field w-full resize-y"
          />
        )}
      </Field>
      <Field
        label={t('composer.model')}
        hint={
          profile.fields.length === 0 && (
            <p className="text-slate-400">{t('composer.genericModel')}</p>
          )
        }
        note={
          switched?.model === model && (
            <Suspense fallback={null}>
              <SwitchNote note={switched} />
            </Suspense>
          )
        }
      >
        {(control) => (
          <select
            {...control}
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
        )}
      </Field>
      <ProfileFields profile={profile} values={all} onChange={actions.valueChanged} />
      {profile.extraFields && (
        <ExtraFieldsBox
          text={extraText}
          parsed={extraFields}
          onChange={actions.extraChanged}
          showProblem={problems.extra === true}
        />
      )}
      {/* A text-only model offers no image slot (images left from another model say so). */}
      {(profile.images.max > 0 || mismatch) && (
        <ImageTray
          box={box}
          rules={profile.images}
          problem={mismatch ?? problems.images ?? null}
          onProblem={(images) => setProblems((p) => ({ ...p, images }))}
        />
      )}
      {takes.open ? (
        <Suspense fallback={null}>
          <TakesPanel model={model} body={body()} form={takesForm} />
        </Suspense>
      ) : (
        <button type="button" className="btn-ghost btn-sm" onClick={takes.actions.opened}>
          {t('composer.moreTakes')}
        </button>
      )}
      {/* Price and Generate stay in sight while the form scrolls (a long prompt, a full
          tray), above the dock when there is one. */}
      <div className="sticky bottom-(--dock-h,0px) -mx-4 -mb-4 space-y-2 rounded-b-xl border-t border-slate-700/60 bg-slate-900 px-4 pt-3 pb-4">
        {takes.open && takes.summary ? (
          <p className={`text-xs ${takes.summary.ask ? 'text-amber-300' : 'text-slate-400'}`}>
            {takes.summary.total}
          </p>
        ) : (
          <CostLine model={model} />
        )}
        {askingOver && takes.summary?.ask && (
          <p role="alert" className="text-sm text-amber-200">
            {takes.summary.ask}
          </p>
        )}
        <button type="submit" className="btn w-full">
          {t('composer.generate')}
        </button>
      </div>
      <ImageDropZone onFiles={onFiles} />
    </form>
  )
}
