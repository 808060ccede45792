// Standalone HTTP server around the simulator, serving it at the root path.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createSimulator, type SimulatorOptions } from './simulator.ts'

export interface StartOptions extends SimulatorOptions {
  /** 0 picks a free port (tests). Default 8787. */
  port?: number
  /** Default 127.0.0.1: the simulator accepts well-known keys, keep it off the network. */
  host?: string
}

export interface RunningSimulator {
  url: string
  port: number
  close(): Promise<void>
}

export function startSimulator(opts: StartOptions = {}): Promise<RunningSimulator> {
  const { port = 8787, host = '127.0.0.1', ...simOptions } = opts
  const simulator = createSimulator(simOptions)
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/'
    simulator.handle(req, res, pathname)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const actual = (server.address() as AddressInfo).port
      const shownHost = host.includes(':') ? `[${host}]` : host
      resolve({
        url: `http://${shownHost}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()))
            // Keep-alive sockets (fetch pools them) would otherwise hold close() open.
            server.closeAllConnections()
          }),
      })
    })
  })
}
