// `npm run bench`: builds the app and measures what the first screen downloads
// (the entry script, its modulepreloads and the stylesheets named in index.html),
// gzip-compressed, against the budget. Writes the figures into docs/benchmarks.md.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { writeSection } from './doc.mjs'

const BUDGET = { js: 105, css: 10 } // KB gzip
const DIST = 'dist'

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })

const html = readFileSync(join(DIST, 'index.html'), 'utf8')
const attrs = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\//, ''))
const js = [
  ...attrs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...attrs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
]
const css = attrs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)
// Each language's strings are a lazy chunk (src/app/messages), yet the first render waits for
// one of them: shown apart, as neither is in the entry.
function strings(language) {
  const files = readdirSync(join(DIST, 'assets')).filter(
    (f) => f.startsWith(`${language}-`) && f.endsWith('.js'),
  )
  if (files.length !== 1) throw new Error(`${files.length} chunks named ${language}-*.js, not 1`)
  return files.map((f) => `assets/${f}`)
}

const gzipKb = (files) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0) /
  1024

const sizes = { js: gzipKb(js), css: gzipKb(css) }
const firstRender = (language) => [...js, ...strings(language)]
const rows = [
  ['Initial JS', sizes.js, BUDGET.js, js],
  ['Initial CSS', sizes.css, BUDGET.css, css],
  ['Strings, English', gzipKb(strings('en')), '–', strings('en')],
  ['Strings, Chinese', gzipKb(strings('zh')), '–', strings('zh')],
  // What a first visit really downloads before it draws: the budget holds for these too.
  ['First render, English', gzipKb(firstRender('en')), BUDGET.js, firstRender('en')],
  ['First render, Chinese', gzipKb(firstRender('zh')), BUDGET.js, firstRender('zh')],
]
const table = [
  '| what | gzip KB | budget KB | files |',
  '|---|---:|---:|---|',
  ...rows.map(
    ([name, kb, budget, files]) =>
      `| ${name} | ${kb.toFixed(1)} | ${budget} | ${files.join(', ')} |`,
  ),
].join('\n')

await writeSection(
  'bundle-size',
  `## Bundle size

Command: \`npm run bench\` (builds with \`vite build\`, then gzips, level 9, what \`dist/index.html\` loads before any interaction: the entry script, its module preloads and the stylesheets). Lazy chunks (the window layer with react-rnd, the settings and unlock dialogs) are not counted: the first screen does not need them. The strings are lazy too, one chunk per language, but the first render waits for the language shown: the "First render" rows add it to Initial JS, and the budget holds for them as well.

Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}:

${table}`,
)

console.log(table)
const over = rows.filter(([, kb, budget]) => typeof budget === 'number' && kb > budget)
if (over.length) {
  console.error(
    `Over budget: ${over.map(([name, kb, budget]) => `${name} ${kb.toFixed(1)} KB > ${budget} KB`).join('; ')}`,
  )
  process.exit(1)
}
console.log('Within budget.')
