import { useRef, type KeyboardEvent } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { Check } from '../../lib/ui/Check.tsx'
import { Field } from '../../lib/ui/Field.tsx'
import { profileFor } from '../../profiles/registry.ts'
import { valuesForSwitch } from '../../profiles/switching.ts'
import { ProfileFields } from '../composer/ProfileFields.tsx'
import { KeptFirstFrame } from '../library/KeptFirstFrame.tsx'
import { boardsActions } from './boardsStore.ts'
import type { Shot } from './shot.ts'
import type { ShotStatus } from './shotStatus.ts'
import { ShotImage } from './ShotImage.tsx'
import { ShotTakes } from './ShotTakes.tsx'
import { AskFirst } from './AskFirst.tsx'
import { filmTake } from './takes.ts'

interface Props {
  board: string
  shot: Shot
  index: number
  count: number
  models: readonly string[]
  status: ShotStatus
  /** Whether a new take may be asked for now (none is being started or made). */
  canAgain: boolean
  onAgain: () => void
  onRemove: () => void
  onMove: (to: number) => void
  onOpenTask: (localId: string) => void
  /** Drag and drop, handled by the list. */
  drag: {
    onDragStart: () => void
    onDragOver: () => void
    onDrop: () => void
    onDragEnd: () => void
  }
}

const TONE = {
  quiet: 'text-slate-400',
  busy: 'text-sky-300',
  good: 'text-emerald-300',
  bad: 'text-amber-300',
} as const

/** One shot: its request (prompt, model, fields, image, continuity), its takes and its state. */
export function ShotCard(props: Props) {
  const { board, shot, index, count, models, status } = props
  const t = useT()
  const n = index + 1
  const profile = profileFor(shot.model)
  const takesImages = profile.images.accepts === 'data' && profile.images.max > 0
  const card = useRef<HTMLLIElement>(null)
  const change = (edit: Parameters<typeof boardsActions.shotChanged>[2]) =>
    boardsActions.shotChanged(board, shot.id, edit)
  const film = filmTake(shot)
  const choices = models.includes(shot.model) ? models : [...models, shot.model]

  // ↑/↓ on the handle move the shot, as dragging it does (the handle keeps the keyboard).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return
    e.preventDefault()
    props.onMove(index + (e.key === 'ArrowUp' ? -1 : 1))
  }

  return (
    <li
      ref={card}
      id={`shot-${shot.id}`}
      aria-label={t('board.shot', { n })}
      onDragOver={(e) => {
        e.preventDefault()
        props.drag.onDragOver()
      }}
      onDrop={(e) => {
        e.preventDefault()
        props.drag.onDrop()
      }}
      className="space-y-3 rounded-lg border border-slate-700 bg-slate-900 p-3"
    >
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-label={t('board.drag', { n })}
          title={t('board.drag', { n })}
          className="btn-ghost btn-sm cursor-grab text-slate-400 select-none"
          // Only the handle drags (text in the card stays selectable), showing the whole card.
          draggable
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move'
            e.dataTransfer.setData('text/plain', shot.id)
            if (card.current) e.dataTransfer.setDragImage(card.current, 16, 16)
            props.drag.onDragStart()
          }}
          onDragEnd={props.drag.onDragEnd}
          onKeyDown={onKeyDown}
        >
          ⠿
        </button>
        <h3 id={`shot-title-${shot.id}`} tabIndex={-1} className="font-semibold">
          {t('board.shot', { n })}
        </h3>
        <div className="ml-auto flex flex-wrap gap-1">
          <button
            type="button"
            className="btn-ghost btn-sm"
            aria-label={t('board.moveUp', { n })}
            title={t('board.moveUp', { n })}
            disabled={index === 0}
            onClick={() => props.onMove(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn-ghost btn-sm"
            aria-label={t('board.moveDown', { n })}
            title={t('board.moveDown', { n })}
            disabled={index === count - 1}
            onClick={() => props.onMove(index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="btn-ghost btn-sm"
            onClick={() => boardsActions.shotDuplicated(board, shot.id)}
          >
            {t('board.duplicate')}
          </button>
          {count === 1 ? null : shot.takes.length > 0 ? (
            // A shot with takes asks first (its videos stay in the library either way).
            <AskFirst
              small
              label={t('board.remove')}
              question={t('board.removeQuestion', { n })}
              confirm={t('board.remove')}
              onConfirm={props.onRemove}
            />
          ) : (
            <button type="button" className="btn-ghost btn-sm" onClick={props.onRemove}>
              {t('board.remove')}
            </button>
          )}
        </div>
      </div>
      <div className="grid gap-3 md:grid-cols-[1fr_12rem]">
        <div className="space-y-3">
          <Field label={t('board.prompt')}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                className="field w-full"
                value={shot.prompt}
                onChange={(e) => change({ prompt: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('board.model')}>
            {(control) => (
              <select
                {...control}
                className="field w-full"
                value={shot.model}
                onChange={(e) =>
                  change({
                    model: e.target.value,
                    values: valuesForSwitch(shot.model, shot.values, e.target.value),
                  })
                }
              >
                {choices.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <ProfileFields
            profile={profile}
            values={{ ...shot.values, model: shot.model }}
            onChange={(key, value) => change({ values: { ...shot.values, [key]: value } })}
          />
          <Check
            label={t('board.continues')}
            checked={shot.continues && index > 0 && takesImages}
            disabled={index === 0 || !takesImages}
            onChange={(continues) => change({ continues })}
            note={
              index === 0
                ? t('board.continuesFirst')
                : !takesImages
                  ? t('board.continuesNoImages', { model: shot.model })
                  : undefined
            }
          />
          {takesImages &&
            (shot.continues && index > 0 ? (
              shot.image && <p className="text-xs text-slate-400">{t('board.imageReplaced')}</p>
            ) : (
              <ShotImage board={board} shot={shot} n={n} />
            ))}
        </div>
        <div className="space-y-2">
          <div className="relative aspect-video overflow-hidden rounded bg-slate-800">
            {film && <KeptFirstFrame localId={film} className="h-full w-full object-cover" />}
          </div>
          <p role="status" className={`text-sm ${TONE[status.tone]}`}>
            {t(status.key, status.params)}
          </p>
          <ShotTakes board={board} shot={shot} onOpenTask={props.onOpenTask} />
          <button
            type="button"
            className="btn-outline btn-sm"
            disabled={!props.canAgain}
            onClick={props.onAgain}
          >
            {shot.takes.length > 0 ? t('board.again') : t('board.generate')}
          </button>
        </div>
      </div>
    </li>
  )
}
