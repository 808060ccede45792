// `npm run simulator` (tsx simulator/src/cli.ts): a standalone relay simulator for demos
// and for pointing the app (or curl) at a misbehaving relay on purpose.
import { DEMO_KEY } from './accounts.ts'
import { USAGE, parseCliArgs } from './cliArgs.ts'
import { formatValue } from './scenario.ts'
import { startSimulator } from './server.ts'

const config = parseCliArgs(process.argv.slice(2), process.env)
if (config.help) {
  console.log(USAGE)
  process.exit(0)
}

const running = await startSimulator({
  port: config.port,
  host: config.host,
  seed: config.seed,
  timeScale: config.timeScale,
  defaults: config.defaults,
  cors: config.cors,
  log: (line) => console.log(`[sim] ${line}`),
})

const scenario = Object.entries(config.defaults)
  .map(([k, v]) => `${k}=${formatValue(v)}`)
  .join(' ')
console.log(`Relay simulator listening on ${running.url}`)
console.log(`Demo key: ${DEMO_KEY}   (any sk-demo… / sk-sim… key is its own account)`)
console.log(
  `Seed ${config.seed}, time scale ${config.timeScale}${scenario ? `, defaults: ${scenario}` : ''}`,
)

const stop = (): void => {
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
