import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'

type ProxyMode = 'pass' | 'html502' | 'drop'

export interface FaultyProxy {
  url: string
  mode: ProxyMode
  close(): Promise<void>
}

/**
 * A real HTTP hop in front of the simulator that can go bad on demand (a proxy's 502 page,
 * or a dropped connection) and recover: how a relay looks while "reconnecting".
 */
export async function startFaultyProxy(target: string): Promise<FaultyProxy> {
  const to = new URL(target)
  const proxy: FaultyProxy = { url: '', mode: 'pass', close: async () => {} }
  const server = createServer((req, res) => {
    if (proxy.mode === 'drop') return void req.socket.destroy()
    if (proxy.mode === 'html502') {
      res.writeHead(502, { 'Content-Type': 'text/html', 'Access-Control-Allow-Origin': '*' })
      return void res.end('<html><body><h1>502 Bad Gateway</h1>nginx</body></html>')
    }
    const upstream = request(
      { host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    req.pipe(upstream)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  proxy.close = () =>
    new Promise<void>((done) => {
      server.close(() => done())
      server.closeAllConnections()
    })
  return proxy
}
