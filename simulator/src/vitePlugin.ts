// Mounts the simulator inside Vite's dev and preview servers (default under /sim), so the
// app can discover it at <origin>/sim/health and use it as a relay without extra processes.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { createSimulator, type Simulator, type SimulatorOptions } from './simulator.ts'

export interface RelaySimulatorPluginOptions extends SimulatorOptions {
  /** Mount prefix, default "/sim". */
  base?: string
}

type Next = (err?: unknown) => void
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void
interface WithMiddlewares {
  middlewares: { use(fn: Middleware): unknown }
}

/** Connect middleware answering below `base` and passing everything else on. */
function simulatorMiddleware(simulator: Simulator, base: string): Middleware {
  const prefix = base.replace(/\/+$/, '')
  return (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (path !== prefix && !path.startsWith(`${prefix}/`)) return next()
    simulator.handle(req, res, path.slice(prefix.length) || '/')
  }
}

export function relaySimulator(opts: RelaySimulatorPluginOptions = {}): Plugin {
  const { base = '/sim', ...simOptions } = opts
  // One simulator per plugin instance: dev and preview servers of one run share tasks.
  let simulator: Simulator | undefined
  const mount = (server: WithMiddlewares): void => {
    simulator ??= createSimulator({ timeScale: 1, ...simOptions })
    server.middlewares.use(simulatorMiddleware(simulator, base))
  }
  return {
    name: 'sora-studio-relay-simulator',
    configureServer: mount,
    configurePreviewServer: mount,
  }
}
