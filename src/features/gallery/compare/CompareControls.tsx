import { useEffect, useRef, useSyncExternalStore } from 'react'
import { useT } from '../../../lib/i18n/i18n.ts'
import type { Ends, SyncGroup } from './syncGroup.ts'

const RATES = [0.25, 0.5, 1, 1.5, 2]

/** 75.25 → "1:15.2": tenths, as a 24 fps clip is judged frame by frame. */
const clock = (s: number) => {
  const tenths = Math.floor(s * 10)
  const m = Math.floor(tenths / 600)
  const rest = (tenths % 600) / 10
  return `${m}:${rest.toFixed(1).padStart(4, '0')}`
}

/**
 * One play, one seek bar, one speed and one choice of ends for every take. The seek bar and
 * the time follow the group's clock by writing to the DOM (see SyncGroup.onTime).
 */
export function CompareControls({ group }: { group: SyncGroup }) {
  const t = useT()
  const state = useSyncExternalStore(group.subscribe, group.getState)
  const seek = useRef<HTMLInputElement>(null)
  const readout = useRef<HTMLOutputElement>(null)
  const { duration } = state
  useEffect(
    () =>
      group.onTime((time) => {
        const at = Math.min(time, duration)
        const text = `${clock(at)} / ${clock(duration)}`
        if (seek.current) {
          seek.current.value = String(at)
          seek.current.setAttribute('aria-valuetext', text)
        }
        if (readout.current) readout.current.textContent = text
      }),
    [group, duration],
  )
  return (
    <div
      role="group"
      aria-label={t('compare.controls')}
      className="flex flex-wrap items-center gap-3 text-sm"
    >
      <button type="button" className="btn btn-sm min-w-24" onClick={() => group.toggle()}>
        {t(state.playing ? 'compare.pause' : 'compare.play')}
      </button>
      <input
        ref={seek}
        type="range"
        aria-label={t('compare.seek')}
        min={0}
        max={duration || 0}
        step={1 / 24}
        defaultValue={0}
        onChange={(e) => group.seek(Number(e.target.value))}
        className="h-6 min-w-40 flex-1"
      />
      <output ref={readout} className="font-mono text-xs text-slate-300 tabular-nums" />
      <label className="flex items-center gap-1">
        {t('compare.speed')}
        <select
          className="field"
          value={state.rate}
          onChange={(e) => group.setRate(Number(e.target.value))}
        >
          {RATES.map((r) => (
            <option key={r} value={r}>
              {r}×
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1">
        {t('compare.ends')}
        <select
          className="field"
          value={state.ends}
          onChange={(e) => group.setEnds(e.target.value as Ends)}
        >
          <option value="stop">{t('compare.endsStop')}</option>
          <option value="loop">{t('compare.endsLoop')}</option>
        </select>
      </label>
      <label className="flex min-h-8 items-center gap-2">
        <input
          type="checkbox"
          className="size-5"
          checked={state.loop}
          onChange={(e) => group.setLoop(e.target.checked)}
        />
        {t('compare.loop')}
      </label>
    </div>
  )
}
