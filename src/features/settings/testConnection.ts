import { isRelayError } from '../../api/errors.ts'
import { createRelayClient } from '../../api/relayClient.ts'
import type { Credentials, Quota } from '../../api/types.ts'

export type ConnectionResult =
  | { kind: 'connected'; quota: Quota | null }
  | { kind: 'auth' | 'network' | 'cors' | 'not_relay' }
  | { kind: 'unexpected'; detail: string }

/**
 * Asks the relay for its models (every relay has them) and the quota (which may live
 * elsewhere, so its failure alone does not fail the test), with the values being edited.
 */
export async function testConnection(
  credentials: Credentials,
  signal?: AbortSignal,
): Promise<ConnectionResult> {
  const client = createRelayClient(() => credentials)
  const [models, quota] = await Promise.allSettled([
    client.listModels({ signal, timeoutMs: 15_000 }),
    client.getQuota({ signal, timeoutMs: 15_000 }),
  ])
  if (models.status === 'fulfilled') {
    return { kind: 'connected', quota: quota.status === 'fulfilled' ? quota.value : null }
  }
  const e: unknown = models.reason
  if (!isRelayError(e)) return { kind: 'unexpected', detail: String(e) }
  if (e.kind === 'auth' || e.kind === 'network' || e.kind === 'cors' || e.kind === 'not_relay')
    return { kind: e.kind }
  return { kind: 'unexpected', detail: [e.status, e.detail ?? e.kind].filter(Boolean).join(' ') }
}
