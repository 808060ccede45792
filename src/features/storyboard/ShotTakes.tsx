import { useT } from '../../lib/i18n/i18n.ts'
import { Field } from '../../lib/ui/Field.tsx'
import { useTasksStore } from '../tasks/tasksStore.ts'
import { boardsActions } from './boardsStore.ts'
import type { Shot } from './shot.ts'
import { filmTake, takeState } from './takes.ts'

/** A shot's takes: every one kept to choose between (the film uses the one chosen), and opened. */
export function ShotTakes({
  board,
  shot,
  onOpenTask,
}: {
  board: string
  shot: Shot
  onOpenTask: (localId: string) => void
}) {
  const t = useT()
  const tasks = useTasksStore((s) => s.tasks)
  const film = filmTake(shot)
  if (!film) return null
  return (
    <div className="space-y-2">
      {shot.takes.length > 1 && (
        <Field small label={t('board.takes')}>
          {(control) => (
            <select
              {...control}
              className="field w-full text-sm"
              value={film}
              onChange={(e) =>
                boardsActions.shotChanged(board, shot.id, { chosen: e.target.value })
              }
            >
              {shot.takes.map((id, i) => (
                <option key={id} value={id}>
                  {t('board.takeOption', {
                    n: i + 1,
                    state: t(`board.takeState.${takeState(tasks[id])}`),
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {tasks[film] && (
        <button type="button" className="btn-ghost btn-sm" onClick={() => onOpenTask(film)}>
          {t('board.open')}
        </button>
      )}
    </div>
  )
}
