import { useT } from '../../lib/i18n/i18n.ts'
import type { TaskRecord } from './taskRecord.ts'

/** "model · prompt", or "Remix of …" for a remix: the same words in the window, dock and history. */
export function useTaskTitle(record: TaskRecord | undefined): string {
  const t = useT()
  if (!record) return ''
  if (record.made) return t('window.localTitle', { name: record.made.name || record.body.prompt })
  return record.remixOf
    ? t('window.remixTitle', { prompt: record.remixOf.prompt, change: record.body.prompt })
    : t('window.title', { model: record.body.model, prompt: record.body.prompt })
}
