// Transient faults and rate limits, the two things a polling client must survive.
import { HTML_502, apiError, send, sendHtml, sendJson, type Reply } from './http.ts'
import type { FaultKind, Scenario } from './scenario.ts'

export type Fault = FaultKind | '429'

/**
 * Decides whether this GET is rate limited or faulted. It always consumes exactly three
 * draws, whatever the rates, so one request's settings never shift later requests' luck:
 * the same seed and request sequence replay the same faults.
 */
export function drawFault(rng: () => number, s: Scenario): Fault | null {
  const limit = rng()
  const fault = rng()
  const kind = rng()
  if (limit < s.ratelimit) return '429'
  if (fault < s.faults) return s.faultkinds[Math.floor(kind * s.faultkinds.length)] ?? null
  return null
}

function sendRateLimited(r: Reply): void {
  if (r.scenario.retryafter === 'none') {
    // Per-model limit: JSON explanation, no Retry-After.
    sendJson(r, 429, apiError('当前分组上游负载已饱和，请稍后再试', 'new_api_error'))
  } else {
    // Request-rate limit: only the header says when to come back, the body is empty.
    send(r, 429, '', { 'Retry-After': String(r.scenario.retryafter) })
  }
}

/** Answers with the fault; `drop` closes the socket without any response. */
export function sendFault(r: Reply, fault: Fault): void {
  switch (fault) {
    case '429':
      return sendRateLimited(r)
    case 'html502':
      return sendHtml(r, 502, HTML_502)
    case 'empty500':
      return send(r, 500, '')
    case 'drop':
      r.res.destroy()
  }
}
