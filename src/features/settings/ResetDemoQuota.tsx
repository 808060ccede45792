import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { relayKeys } from '../../api/queries.ts'
import { relay } from '../../api/relay.ts'
import { relayId } from '../../api/relayId.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { useSettingsStore } from './settingsStore.ts'

/**
 * On the built-in demo relay only: this browser's play account full again (the simulator's
 * refill route, which touches no other account). Says when it is done, or why not.
 */
export function ResetDemoQuota() {
  const t = useT()
  const demo = useSettingsStore((s) => s.demo)
  const queryClient = useQueryClient()
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle')
  if (!demo) return null

  async function reset() {
    setState('busy')
    try {
      await relay.refillDemoQuota({ timeoutMs: 10_000 })
      const base = useSettingsStore.getState().credentials?.baseUrl ?? ''
      await queryClient.invalidateQueries({ queryKey: relayKeys.quota(relayId(base)) })
      setState('done')
    } catch {
      setState('failed')
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className="btn-outline"
        disabled={state === 'busy'}
        onClick={() => void reset()}
      >
        {t('demo.reset')}
      </button>
      <span role="status" className="text-xs text-slate-300">
        {state === 'done' && t('demo.resetDone')}
        {state === 'failed' && t('demo.resetFailed')}
      </span>
    </span>
  )
}
