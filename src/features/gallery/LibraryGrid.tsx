import { useCallback, useEffect, useRef, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { useVirtualRows } from '../../lib/useVirtualRows.ts'
import { LibraryCard, type CardActions } from './LibraryCard.tsx'

interface Props {
  ids: readonly string[]
  now: number
  isSelected: (id: string) => boolean
  remixes: ReadonlyMap<string, number>
  actions: CardActions
  /** A card to bring into view and focus (lineage: "Remix of…"), once it is among `ids`. */
  reveal: string | null
  onRevealed: () => void
}

/** A card's size: fixed, so only the rows of cards in view are rendered. */
const CARD_MIN_PX = 240
const ROW_PX = 320

/** The cards, as many to a row as fit: thousands cost what a screenful does. */
export function LibraryGrid({ ids, now, isSelected, remixes, actions, reveal, onRevealed }: Props) {
  const t = useT()
  const [columns, setColumns] = useState(1)
  const rows = Math.ceil(ids.length / columns)
  const { scroller, first, last, totalPx, width } = useVirtualRows(rows, ROW_PX, 900, 1)
  const fit = Math.max(1, Math.floor(width / CARD_MIN_PX))
  if (width > 0 && fit !== columns) setColumns(fit)

  const element = useRef<HTMLElement | null>(null)
  const ref = useCallback(
    (el: HTMLElement | null) => {
      element.current = el
      scroller(el)
    },
    [scroller],
  )
  // Scrolled to its row (which renders it), then focused.
  useEffect(() => {
    if (!reveal) return
    const card = document.getElementById(`card-${reveal}`)
    if (card) {
      card.focus()
      return onRevealed()
    }
    const index = ids.indexOf(reveal)
    if (index >= 0 && element.current)
      element.current.scrollTop = Math.floor(index / columns) * ROW_PX
  }, [reveal, ids, columns, first, last, onRevealed])

  return (
    <div ref={ref} className="min-h-0 flex-1 overflow-auto">
      <ul className="relative" style={{ height: totalPx }} aria-label={t('gallery.title')}>
        {ids.slice(first * columns, last * columns).map((id, i) => {
          const index = first * columns + i
          return (
            <li
              key={id}
              aria-setsize={ids.length}
              aria-posinset={index + 1}
              className="absolute p-1"
              style={{
                top: Math.floor(index / columns) * ROW_PX,
                left: `${((index % columns) * 100) / columns}%`,
                width: `${100 / columns}%`,
                height: ROW_PX,
              }}
            >
              <LibraryCard
                id={id}
                now={now}
                selected={isSelected(id)}
                remixes={remixes.get(id) ?? 0}
                actions={actions}
              />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
