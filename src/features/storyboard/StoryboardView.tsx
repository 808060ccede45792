import { useEffect, useRef } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { useOfferedModels } from '../settings/useOfferedModels.ts'
import { BoardEditor } from './BoardEditor.tsx'
import { boardsActions, useBoardsStore } from './boardsStore.ts'
import { runBoards } from './runBoards.ts'

interface Props {
  /** The storyboard the address names; the newest where it names none. */
  boardId: string | null
  onShowBoard: (id: string) => void
  onOpenTask: (localId: string) => void
}

/** Storyboards: the list, and the one open (its shots, Generate all, preview and export). */
export default function StoryboardView({ boardId, onShowBoard, onOpenTask }: Props) {
  const t = useT()
  const boards = useBoardsStore((s) => s.boards)
  const { models } = useOfferedModels()
  const board = boards.find((b) => b.id === boardId) ?? boards[0]
  const heading = useRef<HTMLHeadingElement>(null)
  // A view of its own: the keyboard starts at its heading. Shots asked for before a reload
  // are sent on from here (and from the app's start).
  useEffect(() => {
    heading.current?.focus()
    runBoards()
  }, [])

  function create() {
    const id = boardsActions.created(t('board.untitled'), models[0] ?? 'sora-2')
    onShowBoard(id)
  }

  return (
    <section aria-labelledby="board-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 id="board-title" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {t('board.title')}
        </h2>
        <p className="text-sm text-slate-400">{t('board.intro')}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-[14rem_1fr]">
        <nav aria-label={t('board.list')} className="min-w-0 space-y-2">
          <button type="button" className="btn w-full" onClick={create}>
            {t('board.new')}
          </button>
          <ul className="space-y-1">
            {boards.map((b) => (
              <li key={b.id}>
                <a
                  href={`#storyboard=${encodeURIComponent(b.id)}`}
                  aria-current={b.id === board?.id ? 'page' : undefined}
                  className={`block rounded-md px-2 py-1 text-sm ${b.id === board?.id ? 'bg-slate-700 text-white' : 'text-slate-300 hover:bg-slate-800'}`}
                  onClick={(e) => {
                    e.preventDefault()
                    onShowBoard(b.id)
                  }}
                >
                  <span className="block truncate">{b.name || t('board.untitled')}</span>
                  <span
                    className={`text-xs ${b.id === board?.id ? 'text-slate-200' : 'text-slate-400'}`}
                  >
                    {b.shots.length === 1
                      ? t('board.shotCountOne')
                      : t('board.shotCount', { n: b.shots.length })}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {board ? (
          <BoardEditor key={board.id} board={board} onOpenTask={onOpenTask} />
        ) : (
          <p className="text-sm text-slate-400">{t('board.empty')}</p>
        )}
      </div>
    </section>
  )
}
