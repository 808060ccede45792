import type { Dialect } from '../../api/dialects.ts'
import type { Translate } from '../../lib/i18n/i18n.ts'
import type { DoctorLine, Verdict } from './runDoctor.ts'

const MARK: Record<Verdict, string> = { pass: '✓', fail: '✗', absent: '–', skip: '○' }
export const markOf = (verdict: Verdict) => MARK[verdict]

/** A line's finding in words: dialects and error kinds by their names in the user's language. */
function lineText(line: DoctorLine, t: Translate, list: (items: string[]) => string): string {
  const params = { ...line.params }
  if (typeof params.list === 'string')
    params.list = list(params.list.split(',').map((d) => t(`settings.dialect.${d as Dialect}`)))
  if (typeof params.reason === 'string') params.reason = t(`error.${params.reason}` as never)
  return t(line.say, params)
}

/** "Quota (passed): …", punctuated as the language is. */
export const lineWhole = (l: DoctorLine, t: Translate, list: (items: string[]) => string) =>
  t('doctor.line', {
    check: t(`doctor.check.${l.check}`),
    verdict: t(`doctor.verdict.${l.verdict}`),
    text: lineText(l, t, list),
  })

/** A key as a report may show it: its last four characters, and only of a key long enough. */
export const keyHint = (key: string, t: Translate) =>
  key.length >= 12 ? `…${key.slice(-4)}` : t('doctor.report.shortKey', { n: key.length })

/**
 * The findings as plain text for a support thread: the page, the relay, and the key as its
 * last four characters only. Nothing the relay wrote goes in (it could echo the key).
 */
export function reportText(
  lines: readonly DoctorLine[],
  who: { origin: string; baseUrl: string; apiKey: string; at: Date },
  t: Translate,
  list: (items: string[]) => string,
): string {
  return [
    `Sora Studio — ${t('doctor.title')} (${who.at.toISOString()})`,
    `${t('doctor.report.page')}: ${who.origin}`,
    `${t('doctor.report.relay')}: ${who.baseUrl}`,
    `${t('doctor.report.key')}: ${keyHint(who.apiKey, t)}`,
    '',
    ...lines.map((l) => `${markOf(l.verdict)} ${lineWhole(l, t, list)}`),
  ].join('\n')
}
