import { readRecord } from './readRecord.ts'
import type { TaskRecord } from './taskRecord.ts'

/** How far a task has come: a remote id or an outcome is never given up for a copy without. */
const rank = (r: TaskRecord) => (r.outcome ? 2 : r.remoteId ? 1 : 0)

/** The same record, whatever the order of its fields and whether it holds its images. */
const same = (a: TaskRecord, b: TaskRecord) =>
  JSON.stringify(readRecord(a)) === JSON.stringify(readRecord(b))

const later = (a?: number, b?: number) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b)

/**
 * Two copies of one task (this tab's, and storage's or another tab's): the one that knows more
 * (a remote id, an outcome), and either way the later deadline ("Keep waiting" pressed in
 * either tab). When neither knows more, `ties` says which is the latest word: another tab's
 * message is (a create sent again there comes in as `submitting` and is taken), a copy read
 * from storage is not (this tab's own may have moved on since it was written). Returns
 * `current` itself when it learns nothing, so two tabs settle instead of answering each other.
 */
export function settleRecord(
  current: TaskRecord,
  incoming: TaskRecord,
  ties: 'incoming' | 'current' = 'incoming',
): TaskRecord {
  const [a, b] = [rank(current), rank(incoming)]
  const base = a > b || (a === b && ties === 'current') ? current : incoming
  const deadlineMs = later(current.deadlineMs, incoming.deadlineMs)
  const next = base.deadlineMs === deadlineMs ? base : { ...base, deadlineMs }
  return next === current || same(next, current) ? current : next
}
