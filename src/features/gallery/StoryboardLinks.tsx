import { useT } from '../../lib/i18n/i18n.ts'
import { useBoardsStore } from '../storyboard/boardsStore.ts'

/** The storyboards made here, one click from the library (each opens in its own view). */
export function StoryboardLinks({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT()
  const boards = useBoardsStore((s) => s.boards)
  if (boards.length === 0) return null
  return (
    <nav
      aria-label={t('gallery.storyboards')}
      className="flex flex-wrap items-center gap-2 text-sm"
    >
      <span className="text-slate-400">{t('gallery.storyboards')}:</span>
      {boards.map((b) => (
        <a
          key={b.id}
          href={`#storyboard=${encodeURIComponent(b.id)}`}
          aria-label={t('gallery.openStoryboard', { name: b.name })}
          className="rounded-md bg-slate-800 px-2 py-0.5 text-sky-300 hover:bg-slate-700"
          onClick={(e) => {
            e.preventDefault()
            onOpen(b.id)
          }}
        >
          {b.name || '…'} ·{' '}
          {b.shots.length === 1 ? t('gallery.shotsOne') : t('gallery.shots', { n: b.shots.length })}
        </a>
      ))}
    </nav>
  )
}
