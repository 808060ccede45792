import { useCallback, useEffect, useRef, useState } from 'react'
import { useT } from '../../lib/i18n/i18n.ts'
import { useVirtualRows } from '../../lib/useVirtualRows.ts'
import { LibraryCard, type CardActions } from './LibraryCard.tsx'

interface Props {
  ids: readonly string[]
  now: number
  isSelected: (id: string) => boolean
  remixes: ReadonlyMap<string, number>
  /** How many videos continue each task (Continue, Extend). */
  continuations: ReadonlyMap<string, number>
  actions: CardActions
  /** A card to bring into view and focus (lineage: "Remix of…"), once it is among `ids`. */
  reveal: string | null
  onRevealed: () => void
}

/** A card's size: fixed, so only the rows of cards in view are rendered. */
const CARD_MIN_PX = 260
const ROW_PX = 340
/** Narrower than this, one card to a row, its picture beside its text (a phone). */
const NARROW_PX = 560
const NARROW_ROW_PX = 196

/** The cards, as many to a row as fit: thousands cost what a screenful does. */
export function LibraryGrid({
  ids,
  now,
  isSelected,
  remixes,
  continuations,
  actions,
  reveal,
  onRevealed,
}: Props) {
  const t = useT()
  const [layout, setLayout] = useState({ columns: 1, rowPx: ROW_PX })
  const { columns, rowPx } = layout
  const rows = Math.ceil(ids.length / columns)
  const { scroller, first, last, totalPx, width } = useVirtualRows(rows, rowPx, 900, 1)
  if (width > 0) {
    const narrow = width < NARROW_PX
    const fit = narrow ? 1 : Math.max(1, Math.floor(width / CARD_MIN_PX))
    const px = narrow ? NARROW_ROW_PX : ROW_PX
    if (fit !== columns || px !== rowPx) setLayout({ columns: fit, rowPx: px })
  }
  const compact = rowPx === NARROW_ROW_PX
  // Pictures wait while the grid scrolls (each opens a file and decodes a frame): they come
  // once it rests for a moment.
  const [resting, setResting] = useState(true)
  const restTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const onScroll = useCallback(() => {
    setResting(false)
    clearTimeout(restTimer.current)
    restTimer.current = setTimeout(() => setResting(true), 150)
  }, [])
  useEffect(() => () => clearTimeout(restTimer.current), [])

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
      element.current.scrollTop = Math.floor(index / columns) * rowPx
  }, [reveal, ids, columns, rowPx, first, last, onRevealed])

  return (
    <div ref={ref} onScroll={onScroll} className="min-h-0 flex-1 overflow-auto">
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
                top: Math.floor(index / columns) * rowPx,
                left: `${((index % columns) * 100) / columns}%`,
                width: `${100 / columns}%`,
                height: rowPx,
              }}
            >
              <LibraryCard
                id={id}
                now={now}
                selected={isSelected(id)}
                remixes={remixes.get(id) ?? 0}
                continuations={continuations.get(id) ?? 0}
                actions={actions}
                compact={compact}
                poster={resting}
              />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
