// Command-line parsing for `npm run simulator`, kept apart from cli.ts so tests can call it.
import { scenarioFromPairs, type Scenario } from './scenario.ts'

export interface CliConfig {
  port: number
  host: string
  seed: number
  timeScale: number
  defaults: Partial<Scenario>
  /** --cors=off: a relay (or proxy) that sends no CORS headers, as browsers meet them. */
  cors: boolean
  help: boolean
}

export const USAGE = `Usage: npm run simulator -- [--port=8787] [--host=127.0.0.1] [--seed=1] [--time-scale=1]
                         [--cors=off] [--<scenario-key>=<value> ...]   e.g. --remix=404 --faults=0.1
Environment: SIM_PORT sets the default port. See simulator/README.md for the scenario keys.`

/** Accepts `--key=value` and `--key value`; non-numeric numbers fall back to the defaults. */
export function parseCliArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): CliConfig {
  const values = new Map<string, string>()
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--help' || arg === '-h') help = true
    if (!arg.startsWith('--')) continue
    const eq = arg.indexOf('=')
    if (eq > 0) values.set(arg.slice(2, eq), arg.slice(eq + 1))
    else if (i + 1 < argv.length && !(argv[i + 1] ?? '').startsWith('--'))
      values.set(arg.slice(2), argv[++i] ?? '')
  }
  const number = (
    raw: string | undefined,
    fallback: number,
    ok: (n: number) => boolean,
  ): number => {
    const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw)
    return Number.isFinite(n) && ok(n) ? n : fallback
  }
  const port = number(
    values.get('port') ?? env.SIM_PORT,
    8787,
    (n) => Number.isInteger(n) && n >= 0 && n < 65536,
  )
  const own = new Set(['port', 'host', 'seed', 'time-scale', 'cors', 'help'])
  return {
    port,
    host: values.get('host') || '127.0.0.1',
    seed: number(values.get('seed'), 1, Number.isInteger),
    timeScale: number(values.get('time-scale'), 1, (n) => n > 0),
    defaults: scenarioFromPairs([...values].filter(([key]) => !own.has(key))),
    cors: !['off', 'no', '0', 'false'].includes(values.get('cors') ?? ''),
    help,
  }
}
