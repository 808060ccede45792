import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react'
import { useSentences, useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { addFiles, addUrl, boxKey, preloadImagePipeline, prepare, type Box } from './imageIntake.ts'
import { ACCEPT_ATTRIBUTE } from './images/limits.ts'
import { useImageItems } from './imagesStore.ts'
import type { ImageRules } from '../../profiles/types.ts'
import { AddBox } from '../../lib/ui/AddBox.tsx'
import { FieldError } from '../../lib/ui/Field.tsx'

const loadList = () => import('./ImageList.tsx')
const ImageList = lazy(loadList)

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

  // The list is fetched once the first screen is idle: the first image shows at once.
  useEffect(() => {
    const fetchList = () => void loadList().catch(() => {})
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchList)
    else setTimeout(fetchList, 2000)
  }, [])

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

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{title}</legend>
      {items.length > 0 && (
        // Not on the first screen: fetched when the browser is idle (above), shown with images.
        <Suspense fallback={null}>
          <ImageList id={ids.list} title={title} frames={frames} />
        </Suspense>
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
