import { useEffect, useId, useRef, useState } from 'react'
import { useSentences, useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import {
  addFiles,
  addUrl,
  boxKey,
  preloadImagePipeline,
  prepare,
  removeImage,
  type Box,
} from './imageIntake.ts'
import { ACCEPT_ATTRIBUTE } from './images/limits.ts'
import { imagesActions, useImageItems } from './imagesStore.ts'
import type { ImageRules } from '../../profiles/types.ts'
import { AddBox } from '../../lib/ui/AddBox.tsx'
import { FieldError } from '../../lib/ui/Field.tsx'

interface Props {
  /** The box images are fitted to (the video's frame). */
  box: Box
  rules: ImageRules
  /** A problem to show beside the images (e.g. "still preparing" on submit). */
  problem: MessageKey | null
  onProblem: (problem: MessageKey | null) => void
}

/** Reference images: pick, link, see, reorder, remove. Dropping and pasting land here too. */
export function ImageTray({ box, rules, problem, onProblem }: Props) {
  const t = useT()
  const sentences = useSentences()
  const items = useImageItems()
  const [link, setLink] = useState('')
  const picker = useRef<HTMLInputElement>(null)
  const ids = { problem: useId(), list: useId() }
  const key = boxKey(box)

  // A new aspect or HD setting means a new box: fit the files again from their originals.
  useEffect(() => {
    for (const item of items)
      if (item.source.kind === 'file' && item.box !== key) prepare(item, box, rules)
  }, [items, key, box, rules])

  function addLink() {
    if (!link.trim()) return
    const refused = addUrl(link, rules)
    onProblem(refused)
    if (!refused) setLink('')
  }

  // Images carry their meaning: a frames model's first and last frame, else references.
  const frames = rules.slots === 'frames'
  const title = t(frames ? 'composer.frames' : 'composer.images', { max: rules.max })
  const slotLabel = (index: number, name: string) =>
    frames && index < 2
      ? t(index === 0 ? 'composer.firstFrame' : 'composer.lastFrame', { name })
      : t('composer.imageN', { n: index + 1, name })

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{title}</legend>
      {items.length > 0 && (
        <ol id={ids.list} aria-label={title} className="flex flex-wrap gap-2">
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
      )}
      <div className="flex flex-wrap items-center gap-2">
        {rules.accepts === 'data' && (
          <>
            <button
              type="button"
              className="btn-outline"
              onClick={() => picker.current?.click()}
              onPointerEnter={preloadImagePipeline}
              onFocus={preloadImagePipeline}
            >
              {t('composer.addImages')}
            </button>
            <input
              ref={picker}
              type="file"
              accept={ACCEPT_ATTRIBUTE}
              multiple
              hidden
              aria-label={t('composer.addImages')}
              onChange={(e) => {
                onProblem(addFiles(Array.from(e.target.files ?? []), box, rules))
                e.target.value = ''
              }}
            />
          </>
        )}
        <AddBox
          type="url"
          label={t('composer.imageLinkLabel')}
          button={t('composer.addLink')}
          value={link}
          onChange={setLink}
          onAdd={addLink}
          placeholder="https://…/image.jpg"
          describedBy={problem ? ids.problem : undefined}
          className="py-1.5 text-sm"
        />
      </div>
      <p className="text-xs text-slate-400">
        {sentences([
          t(rules.accepts === 'data' ? 'composer.imagesHint' : 'composer.linksOnly'),
          rules.minSide === undefined ? '' : t('composer.minSide', { px: rules.minSide }),
        ])}
      </p>
      {problem && <FieldError id={ids.problem}>{t(problem, { max: rules.max })}</FieldError>}
    </fieldset>
  )
}
