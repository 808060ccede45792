import type { FailureKind } from './types.ts'

export type RelayErrorKind =
  | 'config'
  | 'auth'
  | 'quota'
  | 'bad_request'
  | 'not_found'
  | 'unsupported'
  | 'payload_too_large'
  /** The relay's answer ran past what any answer of ours needs (a read is stopped there). */
  | 'answer_too_large'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'cors'
  | 'review'
  | 'not_relay'
  | 'malformed'
  | 'timeout'

interface RelayErrorInit {
  status?: number
  /** The relay's own message, with the key scrubbed out. */
  detail?: string
  retryAfterMs?: number
  review?: FailureKind
  /** A paid request that may have been executed although no answer came back. */
  mayHaveReachedRelay?: boolean
}

/** The one error the relay client throws; the UI maps `kind` to words. */
export class RelayError extends Error {
  readonly kind: RelayErrorKind
  readonly status?: number
  readonly detail?: string
  readonly retryAfterMs?: number
  readonly review?: FailureKind
  readonly mayHaveReachedRelay: boolean

  constructor(kind: RelayErrorKind, init: RelayErrorInit = {}) {
    super(init.detail ? `${kind}: ${init.detail}` : kind)
    this.name = 'RelayError'
    this.kind = kind
    this.status = init.status
    this.detail = init.detail
    this.retryAfterMs = init.retryAfterMs
    this.review = init.review
    this.mayHaveReachedRelay = init.mayHaveReachedRelay ?? false
  }
}

export const isRelayError = (e: unknown): e is RelayError => e instanceof RelayError

/** Errors worth retrying on a read: the same request may well succeed a moment later. */
export function isTransient(e: unknown): boolean {
  if (!isRelayError(e)) return false
  return ['rate_limited', 'server', 'network', 'timeout', 'malformed'].includes(e.kind)
}
