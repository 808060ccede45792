import { useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useT } from '../../lib/i18n/i18n.ts'
import { Field } from '../../lib/ui/Field.tsx'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'
import { useKeepPrefs } from '../library/keepPrefs.ts'
import { useKeptStore } from '../library/keptStore.ts'
import { AskFirst } from './AskFirst.tsx'
import { openSettings, openUnlock } from '../settings/settingsUi.ts'
import { useCredentials } from '../settings/settingsStore.ts'
import { useOfferedModels } from '../settings/useOfferedModels.ts'
import { useTasksStore } from '../tasks/tasksStore.ts'
import { BoardCost } from './BoardCost.tsx'
import { boardsActions } from './boardsStore.ts'
import { runBoards } from './runBoards.ts'
import type { Storyboard } from './shot.ts'
import { ShotCard } from './ShotCard.tsx'
import { shotStatus, shotsToMake } from './shotStatus.ts'
import { filmTake, takeState } from './takes.ts'
import { useKeepFocus } from './useBoardView.ts'
import { BoardFilm } from './BoardFilm.tsx'

/** One storyboard: its name, its shots in order, what generating them costs, and Generate. */
export function BoardEditor({
  board,
  onOpenTask,
}: {
  board: Storyboard
  onOpenTask: (localId: string) => void
}) {
  const t = useT()
  const tasks = useTasksStore((s) => s.tasks)
  const { entries, saving } = useKeptStore(
    useShallow(({ entries, saving }) => ({ entries, saving })),
  )
  const keeping = useKeepPrefs((p) => p.keep)
  const credentials = useCredentials()
  const locked = useVaultStore((s) => s.status === 'locked')
  const { models } = useOfferedModels()
  const [said, setSaid] = useState('')
  const [problem, setProblem] = useState('')
  const dragging = useRef<string | null>(null)
  const keepFocus = useKeepFocus()
  const todo = shotsToMake(board.shots, tasks)

  function move(shot: string, to: number) {
    if (to < 0 || to >= board.shots.length) return
    keepFocus(`#shot-title-${shot}`)
    boardsActions.shotMoved(board.id, shot, to)
    setSaid(t('board.moved', { n: to + 1 }))
  }

  /** Checks what a send needs (prompts, a relay, an open vault); true when it may go. */
  function ready(shots: typeof board.shots): boolean {
    const empty = shots.find((s) => !s.prompt.trim())
    if (empty) {
      const n = board.shots.indexOf(empty) + 1
      setProblem(t('board.needPrompt', { n }))
      document.querySelector<HTMLElement>(`#shot-${empty.id} textarea`)?.focus()
      return false
    }
    setProblem('')
    if (locked) return (openUnlock(), false)
    if (!credentials) return (openSettings(), false)
    return true
  }

  function generate(shots: typeof board.shots) {
    if (shots.length === 0 || !ready(shots)) return
    boardsActions.wanted(
      board.id,
      shots.map((s) => s.id),
    )
    runBoards()
  }

  return (
    <div className="min-w-0 space-y-4">
      <Field label={t('board.name')}>
        {(control) => (
          <input
            {...control}
            className="field w-full max-w-md"
            value={board.name}
            onChange={(e) => boardsActions.renamed(board.id, e.target.value)}
          />
        )}
      </Field>
      {/* Above the shots, in the page's flow: a panel stuck over them hid the shot being
          edited (and the keyboard's place) and held the preview. */}
      <div className="space-y-2 rounded-lg border border-slate-700 bg-slate-900 p-3">
        <BoardCost shots={todo} />
        {problem && (
          <p role="alert" className="text-sm text-amber-300">
            {problem}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="btn"
            disabled={todo.length === 0}
            onClick={() => generate(todo)}
          >
            {todo.length === 0 || todo.length === board.shots.length
              ? t('board.generateAll')
              : todo.length === 1
                ? t('board.generateOne')
                : t('board.generateSome', { n: todo.length })}
          </button>
          <BoardFilm board={board} />
        </div>
        {todo.length === 0 && <p className="text-xs text-slate-400">{t('board.allMade')}</p>}
      </div>
      <p role="status" className="sr-only">
        {said}
      </p>
      <ol aria-label={t('board.shots')} className="space-y-3">
        {board.shots.map((shot, i) => {
          const film = filmTake(shot)
          return (
            <ShotCard
              key={shot.id}
              board={board.id}
              shot={shot}
              index={i}
              count={board.shots.length}
              models={models}
              status={shotStatus(board.shots, i, tasks, entries, saving, keeping)}
              canAgain={!shot.wanted && takeState(film ? tasks[film] : undefined) !== 'running'}
              onAgain={() => generate([shot])}
              onRemove={() => {
                // The keyboard goes to the shot now in its place, or to "Add shot".
                const next = board.shots[i + 1] ?? board.shots[i - 1]
                boardsActions.shotRemoved(board.id, shot.id)
                requestAnimationFrame(() =>
                  document
                    .querySelector<HTMLElement>(next ? `#shot-title-${next.id}` : '#add-shot')
                    ?.focus(),
                )
              }}
              onMove={(to) => move(shot.id, to)}
              onOpenTask={onOpenTask}
              drag={{
                onDragStart: () => (dragging.current = shot.id),
                onDragOver: () => {},
                onDrop: () => {
                  if (dragging.current && dragging.current !== shot.id) move(dragging.current, i)
                },
                onDragEnd: () => (dragging.current = null),
              }}
            />
          )
        })}
      </ol>
      <button
        id="add-shot"
        type="button"
        className="btn-outline"
        onClick={() => {
          const id = boardsActions.shotAdded(board.id, models[0] ?? 'sora-2')
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>(`#shot-${id} textarea`)?.focus(),
          )
        }}
      >
        {t('board.addShot')}
      </button>
      <AskFirst
        label={t('board.delete')}
        question={t('board.deleteQuestion', { name: board.name || t('board.untitled') })}
        confirm={t('board.deleteConfirm')}
        onConfirm={() => boardsActions.removed(board.id)}
      />
    </div>
  )
}
