import { isRelayError } from '../../api/errors.ts'
import { createRelayClient } from '../../api/relayClient.ts'
import type { Credentials, Quota } from '../../api/types.ts'

export type ConnectionResult =
  | { kind: 'connected'; quota: Quota | null }
  /** Something relay-like answered, but neither route that proves the key exists there. */
  | { kind: 'unverified' }
  | { kind: 'auth' | 'network' | 'cors' | 'not_relay' }
  | { kind: 'unexpected'; detail: string }

/** A route this relay lacks (a JSON 404 or the like), as opposed to a relay that failed. */
const missingRoute = (e: unknown) =>
  isRelayError(e) && (e.kind === 'not_found' || e.kind === 'unsupported' || e.status === 405)

/**
 * Asks the relay for its models and its quota with the values being edited. Either one that
 * answers with the key proves the connection (a relay may lack `/v1/models`; its quota may
 * live on another host); a refused key fails it; where both routes are missing, the relay
 * is reached but the key is not verified.
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
  if (e.kind === 'auth' || e.kind === 'network' || e.kind === 'cors') return { kind: e.kind }
  if (missingRoute(e)) {
    if (quota.status === 'fulfilled') return { kind: 'connected', quota: quota.value }
    const q: unknown = quota.reason
    if (isRelayError(q) && q.kind === 'auth') return { kind: 'auth' }
    return { kind: 'unverified' }
  }
  if (e.kind === 'not_relay') return { kind: 'not_relay' }
  return { kind: 'unexpected', detail: [e.status, e.detail ?? e.kind].filter(Boolean).join(' ') }
}
