import type { ReactNode } from 'react'
import { TitleBar } from './TitleBar.tsx'
import { useMinimizeKey } from './useMinimizeKey.ts'
import { WindowBody } from './WindowBody.tsx'

/** On a narrow screen a window is a full-width card in the page's flow. */
export function CardFrame({
  id,
  title,
  titleExtras,
  children,
}: {
  id: string
  title: string
  titleExtras?: ReactNode
  children: ReactNode
}) {
  const frame = useMinimizeKey<HTMLElement>(id)
  return (
    <section
      ref={frame}
      aria-label={title}
      data-window={id}
      tabIndex={-1}
      className="overflow-hidden rounded-lg border border-slate-600 bg-slate-900"
    >
      <TitleBar id={id} title={title} maximized={null} extras={titleExtras} />
      <div className="p-3">
        <WindowBody id={id}>{children}</WindowBody>
      </div>
    </section>
  )
}
