import { useT } from '../../lib/i18n/i18n.ts'
import type { TaskRecord } from './taskRecord.ts'

/** "model · prompt" ("model · take 2/6 · prompt" for a take), or "Remix of …" for a remix: the same words in the window, dock and history. */
export function useTaskTitle(record: TaskRecord | undefined): string {
  const t = useT()
  if (!record) return ''
  if (record.made)
    return t(record.made.from === 'storyboard' ? 'window.filmTitle' : 'window.localTitle', {
      name: record.made.name || record.body.prompt,
    })
  if (record.remixOf)
    return t('window.remixTitle', { prompt: record.remixOf.prompt, change: record.body.prompt })
  const { model, prompt } = record.body
  // One of several takes: which one, so windows of the same prompt tell apart.
  return record.take
    ? t('window.takeTitle', { model, prompt, index: record.take.index, of: record.take.of })
    : t('window.title', { model, prompt })
}
