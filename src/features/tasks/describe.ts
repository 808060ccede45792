import { isRelayError, type RelayErrorKind } from '../../api/errors.ts'
import type { FailureKind } from '../../api/types.ts'
import type { MessageKey } from '../../lib/i18n/i18n.ts'

export interface Explanation {
  title: MessageKey
  hint: MessageKey
  /** The relay's own words, shown beneath: our classification can be wrong. */
  detail?: string
}

export function explainError(kind: RelayErrorKind | 'interrupted', detail?: string): Explanation {
  return { title: `error.${kind}`, hint: `error.${kind}.hint`, detail }
}

export function explainUnknown(error: unknown): Explanation {
  if (isRelayError(error)) {
    return error.kind === 'review' && error.review
      ? explainFailure(error.review, error.detail)
      : explainError(error.kind, error.detail)
  }
  return explainError('malformed')
}

export function explainFailure(kind: FailureKind, reason?: string): Explanation {
  return { title: `failure.${kind}`, hint: `failure.${kind}.hint`, detail: reason || undefined }
}
