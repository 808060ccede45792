import { useT } from '../../lib/i18n/i18n.ts'
import { removeImage } from './imageIntake.ts'
import { imagesActions, useImageItems } from './imagesStore.ts'

/**
 * The images in the tray, in order: each named by what it is (a frames model's first and last
 * frame, a video's last frame, a reference), with its state, and moved or removed here.
 */
export default function ImageList({
  id,
  title,
  frames,
}: {
  id: string
  title: string
  frames: boolean
}) {
  const t = useT()
  const items = useImageItems()
  const slotLabel = (index: number, name: string) =>
    frames && index < 2
      ? t(index === 0 ? 'composer.firstFrame' : 'composer.lastFrame', { name })
      : t('composer.imageN', { n: index + 1, name })
  return (
    <ol id={id} aria-label={title} className="flex flex-wrap gap-2">
      {items.map((item, index) => {
        const name = item.source.kind === 'file' ? item.source.name : item.source.url
        // A video's last frame ("Continue") is named by its video, not by a file name.
        const label = item.from
          ? t('composer.lastFrameOf', { prompt: item.from.prompt })
          : slotLabel(index, name)
        return (
          <li
            key={item.id}
            className="relative w-24 overflow-hidden rounded-md border border-slate-600 bg-slate-800 text-xs"
          >
            {/* Which frame it is, on the picture itself (its name says it to screen readers). */}
            {frames && index < 2 && (
              <span
                aria-hidden="true"
                className="absolute top-1 left-1 rounded bg-slate-950/85 px-1 text-[10px] font-semibold text-slate-100"
              >
                {t(index === 0 ? 'composer.badgeFirst' : 'composer.badgeLast')}
              </span>
            )}
            {item.thumbnail ? (
              <img src={item.thumbnail} alt={label} className="h-16 w-full object-cover" />
            ) : (
              <div className="flex h-16 items-center justify-center px-1 text-center text-slate-400">
                {label}
              </div>
            )}
            {item.from && (
              <p className="line-clamp-2 px-1 pt-0.5 text-slate-300" title={item.from.prompt}>
                {t('composer.lastFrameOf', { prompt: item.from.prompt })}
              </p>
            )}
            <p role="status" className="truncate px-1 py-0.5">
              {item.status === 'preparing'
                ? t('composer.imagePreparing')
                : item.status === 'error'
                  ? t(`composer.imageError.${item.error ?? 'unreadable'}`)
                  : item.width
                    ? `${item.width}×${item.height}`
                    : t('composer.imageLink')}
            </p>
            <div className="flex justify-between border-t border-slate-700">
              <button
                type="button"
                className="px-1.5 hover:bg-slate-700 disabled:opacity-30"
                disabled={index === 0}
                aria-label={t('composer.imageEarlier', { n: index + 1 })}
                onClick={() => imagesActions().moved(item.id, -1)}
              >
                ←
              </button>
              <button
                type="button"
                className="px-1.5 text-red-300 hover:bg-slate-700"
                aria-label={t('composer.imageRemove', { n: index + 1 })}
                onClick={() => removeImage(item.id)}
              >
                ×
              </button>
              <button
                type="button"
                className="px-1.5 hover:bg-slate-700 disabled:opacity-30"
                disabled={index === items.length - 1}
                aria-label={t('composer.imageLater', { n: index + 1 })}
                onClick={() => imagesActions().moved(item.id, 1)}
              >
                →
              </button>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
