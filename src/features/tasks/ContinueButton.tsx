import { useState } from 'react'
import { useT, type MessageKey } from '../../lib/i18n/i18n.ts'
import { profileFor } from '../../profiles/registry.ts'
import { useKeepPrefs } from '../library/keepPrefs.ts'
import { keepPlace } from '../library/keepVideo.ts'
import type { KeptEntry } from '../library/keptIndex.ts'
import { LastFrameError, lastFrameOf } from '../library/lastFrame.ts'
import { askContinue } from './continueIntent.ts'
import type { TaskRecord } from './taskRecord.ts'

/**
 * "Continue": the video's exact last frame, read from the file kept in this browser (never a
 * seek of the player, which can land a frame early), goes to the composer as the next video's
 * first frame. Offered where the model takes uploaded images (Wan takes only links).
 */
export function ContinueButton({
  record,
  kept,
}: {
  record: TaskRecord
  kept: KeptEntry | undefined
}) {
  const t = useT()
  const [state, setState] = useState<{ busy: boolean; note: MessageKey | null }>({
    busy: false,
    note: null,
  })
  const keeping = useKeepPrefs((p) => p.keep)
  // Not kept: because keeping is off (say where to turn it on), or for its own reason (said above).
  const notKept: MessageKey = keeping ? 'continue.notKeptYet' : 'continue.notKept'
  const rules = profileFor(record.body.model).images
  if (rules.accepts !== 'data' || rules.max < 1) return null

  async function go() {
    if (state.busy) return
    if (kept?.state !== 'kept') return setState({ busy: false, note: notKept })
    setState({ busy: true, note: 'continue.working' })
    try {
      const file = await keepPlace.files.open(kept.name)
      if (!file) return setState({ busy: false, note: notKept })
      const frame = await lastFrameOf(file)
      askContinue({
        from: { localId: record.localId, prompt: record.body.prompt },
        model: record.body.model,
        image: new File([frame.image], 'last-frame.png', { type: 'image/png' }),
      })
      setState({ busy: false, note: 'continue.done' })
    } catch (e) {
      const reason = e instanceof LastFrameError && e.reason === 'unsupported'
      setState({ busy: false, note: reason ? 'continue.unsupported' : 'continue.failed' })
    }
  }

  return (
    <>
      <button
        type="button"
        className="btn-outline py-1"
        aria-disabled={state.busy}
        onClick={() => void go()}
      >
        {t('continue.button')}
      </button>
      {state.note && (
        <p role="status" className="order-last basis-full text-xs text-slate-300">
          {t(state.note)}
        </p>
      )}
    </>
  )
}
