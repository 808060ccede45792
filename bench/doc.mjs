// Writes one section of docs/benchmarks.md between its markers, leaving the others as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'

const DOC = 'docs/benchmarks.md'
const HEAD =
  "# Benchmarks\n\nEvery figure here comes from `npm run bench` on this project's machines (2 cores, Node 20, Debian's Chromium); re-run it to refresh them.\n"

/** Written as Prettier would, so `npm run lint` stays green after a bench run. */
export async function writeSection(id, body) {
  const start = `<!-- ${id}:start -->`
  const end = `<!-- ${id}:end -->`
  const section = `${start}\n${body.trim()}\n${end}`
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : HEAD
  const next = doc.includes(start)
    ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section)
    : `${doc.trimEnd()}\n\n${section}\n`
  writeFileSync(DOC, await format(next, { ...(await resolveConfig(DOC)), filepath: DOC }))
}
